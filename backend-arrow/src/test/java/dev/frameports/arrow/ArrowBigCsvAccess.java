package dev.frameports.arrow;

/** Temporary. */
public final class ArrowBigCsvAccess {
  public static long write(java.nio.file.Path p, long bytes) throws java.io.IOException {
    return ArrowBigCsv.write(p, bytes, 1L).rows;
  }
}
