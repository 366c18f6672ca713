package dev.frameports.decision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One generated input of the suite: preset, seed, size on disk and the time window it spans. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataSet(
    String name, @Nullable String preset, long seed, long rows, int files, long bytes, int hours) {}
