package dev.frameports.workloads.cli;

import dev.frameports.workloads.postgres.PersonsSpec;
import picocli.CommandLine.Option;

/**
 * The options of the {@code pg} commands' generated input: its seed and, for persons, the age range
 * (upstream's README and Python generator draw 22..65, its Rust generator 18..64).
 */
final class GeneratedPersons {
  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the generated data. Default: ${DEFAULT-VALUE}.")
  long seed = 1;

  @Option(
      names = "--rust-ages",
      description =
          "Persons aged 18..64, as upstream's Rust generator (default 22..65, as its README and"
              + " Python generator).")
  boolean rustAges;

  /** {@code rows} persons with this seed and age range. */
  PersonsSpec spec(long rows) {
    return rustAges ? PersonsSpec.rust(rows, seed) : PersonsSpec.of(rows, seed);
  }
}
