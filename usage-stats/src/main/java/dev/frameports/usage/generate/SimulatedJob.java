package dev.frameports.usage.generate;

import org.jspecify.annotations.Nullable;

/** A running job in one dynamic slot of one host: its GPUs, owner and lifetime in steps. */
final class SimulatedJob {
  final int slotId;
  final int[] gpus;
  final String name;
  final String availableGpus;
  final @Nullable String owner;
  final @Nullable String globalJobId;
  final double baseUsage;
  final int startStep;
  final boolean matchedFirst;
  int endStep;

  /** The usage value of the step {@link #usageStep}: one value per slot, copied to each GPU row. */
  @Nullable Double usage;

  int usageStep = Integer.MIN_VALUE;

  SimulatedJob(
      int slotId,
      int[] gpus,
      String name,
      String availableGpus,
      @Nullable String owner,
      @Nullable String globalJobId,
      double baseUsage,
      int startStep,
      int endStep,
      boolean matchedFirst) {
    this.slotId = slotId;
    this.gpus = gpus;
    this.name = name;
    this.availableGpus = availableGpus;
    this.owner = owner;
    this.globalJobId = globalJobId;
    this.baseUsage = baseUsage;
    this.startStep = startStep;
    this.endStep = endStep;
    this.matchedFirst = matchedFirst;
  }
}
