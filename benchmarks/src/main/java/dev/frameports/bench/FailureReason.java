package dev.frameports.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line reason of a failed JMH run, read from its captured output: an oracle mismatch first,
 * then an OutOfMemoryError, then the first exception line, then the fork's exit code.
 */
final class FailureReason {
  private static final Pattern EXCEPTION =
      Pattern.compile(
          "^\\s*(?:Caused by: )?(?:[\\w$]+\\.)*([\\w$]+(?:Exception|Error))(?::\\s*(.*))?$");
  private static final Pattern EXIT = Pattern.compile("<forked VM failed with exit code (\\d+)>");

  /** How the reason of an oracle mismatch starts. */
  static final String MISMATCH = "oracle mismatch";

  private FailureReason() {}

  static String of(List<String> lines, String maxHeap) {
    for (String line : lines) {
      int at = line.indexOf(OracleMismatchException.class.getSimpleName() + ": ");
      if (at >= 0) {
        return line.substring(at + OracleMismatchException.class.getSimpleName().length() + 2);
      }
    }
    for (String line : lines) {
      Matcher m = EXCEPTION.matcher(line);
      if (m.matches() && m.group(1).equals("OutOfMemoryError")) {
        return "OutOfMemoryError: " + orEmpty(m.group(2)) + " at -Xmx" + maxHeap;
      }
    }
    for (String line : lines) {
      Matcher m = EXCEPTION.matcher(line);
      if (m.matches() && !line.contains("RunnerException")) {
        return m.group(1) + (m.group(2) == null ? "" : ": " + m.group(2));
      }
    }
    for (String line : lines) {
      Matcher m = EXIT.matcher(line);
      if (m.find()) {
        return "forked JVM failed with exit code " + m.group(1);
      }
    }
    return "JMH reported no result (see the JMH log)";
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
