package dev.frameports.decision;

/**
 * One driver answered for one backend: YES or NO, and the numbers (or, for the migration path, the
 * judgement) behind it, as one Markdown-ready sentence.
 */
public record Verdict(Driver driver, BackendOption option, boolean met, String evidence) {

  /** {@code YES} or {@code NO}. */
  public String answer() {
    return met ? "YES" : "NO";
  }
}
