package dev.frameports.workloads.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a job that cannot report its own: one line on standard error, redrawn every second
 * with the elapsed time ({@code volume on arrow: running 0:42}). The engines run one plan without
 * callbacks, so elapsed time is the honest measure of "still working". Closing ends the line.
 */
final class ElapsedTicker implements AutoCloseable {
  private final @Nullable ScheduledExecutorService timer;
  private final @Nullable PrintWriter err;

  /** A ticker writing to {@code err}; null means quiet. */
  ElapsedTicker(@Nullable PrintWriter err, String label) {
    this.err = err;
    if (err == null) {
      timer = null;
      return;
    }
    long start = System.nanoTime();
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "elapsed-ticker");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(
        () -> {
          long s = (System.nanoTime() - start) / 1_000_000_000L;
          synchronized (err) {
            err.print(String.format(Locale.ROOT, "\r%s: running %d:%02d", label, s / 60, s % 60));
            err.flush();
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (timer == null || err == null) {
      return;
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (err) {
      err.println();
      err.flush();
    }
  }
}
