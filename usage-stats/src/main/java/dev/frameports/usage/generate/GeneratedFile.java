package dev.frameports.usage.generate;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * One monthly database written by {@link GpuStateDatabaseWriter}.
 *
 * @param path where it is now (after the rename)
 * @param bytes its size on disk
 */
public record GeneratedFile(
    Path path,
    YearMonth month,
    long rows,
    int snapshots,
    LocalDateTime firstTimestamp,
    LocalDateTime lastTimestamp,
    long bytes) {}
