package dev.frameports.frame;

/** Which row of a group of duplicates {@link LazyFrame#unique} keeps. */
public enum Keep {
  /** The first in input order (pandas {@code drop_duplicates(keep="first")}). */
  FIRST,
  /** The last in input order. */
  LAST
}
