package dev.frameports.tck;

/**
 * The seeded random-plan differential test: generated plans over generated frames (nulls
 * included) must give the same rows on the backend under test as on the reference evaluator.
 */
public abstract class DifferentialContract extends BackendContract {}
