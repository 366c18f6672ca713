package dev.frameports.decision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The machine, JVM and library versions a results file was measured with. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Environment(
    @Nullable String cpuModel,
    int cores,
    long memoryBytes,
    @Nullable String os,
    @Nullable String jdkVendor,
    @Nullable String jdkVersion,
    List<String> jvmFlags,
    Map<String, String> libraries,
    @Nullable String gitCommit,
    boolean gitDirty) {

  /** Absent lists and maps become empty. */
  public Environment {
    jvmFlags = jvmFlags == null ? List.of() : List.copyOf(jvmFlags);
    libraries = libraries == null ? Map.of() : Map.copyOf(libraries);
  }
}
