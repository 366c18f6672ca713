package dev.frameports.decision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One comparison of a backend's result with the legacy oracle that really ran. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Equivalence(
    String backend, String dataSet, String statistic, boolean matches, @Nullable String detail) {}
