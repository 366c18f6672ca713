package dev.frameports.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.Schema;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.spi.Backend;
import dev.frameports.frame.spi.Capability;
import dev.frameports.tck.random.GeneratedPlan;
import dev.frameports.tck.random.RandomPlans;
import dev.frameports.tck.reference.ReferenceBackendProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The differential comparison itself catches broken backends: mutants of the reference. */
@DisplayName("the differential test")
class DifferentialContractTest {
  private static final int SEEDS = 200;

  @Test
  @DisplayName("accepts the reference itself on every seed")
  void acceptsTheReference() {
    assertThat(failingSeeds(frame -> frame, false)).isEmpty();
  }

  @Test
  @DisplayName("rejects a backend that loses the last row")
  void rejectsALostRow() {
    UnaryOperator<Frame> dropLast =
        frame -> rebuild(frame, frame.rows().subList(0, Math.max(0, frame.height() - 1)));
    assertThat(failingSeeds(dropLast, false)).hasSizeGreaterThan(SEEDS / 2);
  }

  @Test
  @DisplayName("rejects reordered rows only where the order is defined")
  void rejectsReorderingOnlyWhereOrderIsDefined() {
    UnaryOperator<Frame> reverse =
        frame -> {
          List<List<Object>> rows = new ArrayList<>(frame.rows());
          Collections.reverse(rows);
          return rebuild(frame, rows);
        };
    List<GeneratedPlan> failing = failingSeeds(reverse, false);
    assertThat(failing).hasSizeGreaterThan(SEEDS / 5).allMatch(GeneratedPlan::ordered);
  }

  @Test
  @DisplayName("rejects a backend that runs what the reference rejects")
  void rejectsMissingErrors() {
    List<GeneratedPlan> failing = failingSeeds(frame -> frame, true);
    assertThat(failing)
        .isNotEmpty()
        .allMatch(p -> p.kind() != GeneratedPlan.Kind.VALID)
        .anyMatch(p -> p.kind() == GeneratedPlan.Kind.INVALID)
        .anyMatch(p -> p.kind() == GeneratedPlan.Kind.PROBE);
  }

  private static List<GeneratedPlan> failingSeeds(UnaryOperator<Frame> mutation, boolean lenient) {
    List<GeneratedPlan> failing = new ArrayList<>();
    try (Backend mutant = new Mutant(mutation, lenient)) {
      for (long seed = 0; seed < SEEDS; seed++) {
        GeneratedPlan generated = RandomPlans.generate(seed);
        try {
          DifferentialContract.assertAgrees(mutant, generated);
        } catch (AssertionError expected) {
          failing.add(generated);
        }
      }
    }
    return failing;
  }

  private static Frame rebuild(Frame frame, List<List<Object>> rows) {
    return Frame.ofRows(frame.schema(), rows);
  }

  /**
   * The reference with its results mutated; a lenient mutant returns no rows instead of failing.
   */
  private static final class Mutant implements Backend {
    private final Backend reference = new ReferenceBackendProvider().create(Map.of());
    private final UnaryOperator<Frame> mutation;
    private final boolean lenient;

    Mutant(UnaryOperator<Frame> mutation, boolean lenient) {
      this.mutation = mutation;
      this.lenient = lenient;
    }

    @Override
    public String name() {
      return "mutant";
    }

    @Override
    public Set<Capability> capabilities() {
      return Set.of();
    }

    @Override
    public Schema schema(Plan plan) {
      return reference.schema(plan);
    }

    @Override
    public Frame collect(Plan plan) {
      try {
        return mutation.apply(reference.collect(plan));
      } catch (FrameException e) {
        if (lenient) {
          return Frame.empty(Schema.of());
        }
        throw e;
      }
    }

    @Override
    public String explain(Plan plan) {
      return reference.explain(plan);
    }

    @Override
    public void sinkParquet(Plan plan, Path target) {
      reference.sinkParquet(plan, target);
    }

    @Override
    public void sinkCsv(Plan plan, Path target) {
      reference.sinkCsv(plan, target);
    }

    @Override
    public void close() {
      reference.close();
    }
  }
}
