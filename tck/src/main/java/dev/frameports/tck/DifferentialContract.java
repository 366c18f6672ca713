package dev.frameports.tck;

import static dev.frameports.tck.FrameAssert.assertThatFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.Frame;
import dev.frameports.frame.FrameException;
import dev.frameports.frame.LazyFrame;
import dev.frameports.frame.plan.PlanPrinter;
import dev.frameports.frame.spi.Backend;
import dev.frameports.tck.random.GeneratedPlan;
import dev.frameports.tck.random.RandomPlans;
import dev.frameports.tck.reference.ReferenceBackendProvider;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seeded random-plan differential test: generated plans over generated frames (nulls included)
 * must give the same rows on the backend under test as on the reference evaluator, in order when
 * the contract defines the order and as multisets otherwise. When the reference fails with a {@link
 * FrameException} the backend must fail with one too, and the other way round.
 *
 * <p>One dynamic test per seed; its name holds the seed and the printed plan. Reproduce a failure
 * with {@code -Dtck.seed=N} (only that seed runs); {@code -Dtck.seeds=N} changes how many seeds run
 * (300 by default).
 */
public abstract class DifferentialContract extends BackendContract {
  private static final int DEFAULT_SEEDS = 300;

  @TestFactory
  @DisplayName("random plans give the reference evaluator's rows")
  Stream<DynamicTest> randomPlansAgreeWithTheReference() {
    return seeds()
        .mapToObj(RandomPlans::generate)
        .map(plan -> DynamicTest.dynamicTest(displayName(plan), () -> check(plan)));
  }

  private static LongStream seeds() {
    String only = System.getProperty("tck.seed");
    if (only != null && !only.isBlank()) {
      return LongStream.of(Long.parseLong(only.strip()));
    }
    return LongStream.range(0, Long.getLong("tck.seeds", DEFAULT_SEEDS));
  }

  private static String displayName(GeneratedPlan generated) {
    String plan = PlanPrinter.print(generated.plan()).strip().replaceAll("\n\\s*", " <- ");
    return "seed " + generated.seed() + ": " + plan;
  }

  private void check(GeneratedPlan generated) {
    assertAgrees(backend(), generated);
  }

  /** The whole comparison of one plan, on any backend; package-private for the kit's own test. */
  static void assertAgrees(Backend backend, GeneratedPlan generated) {
    String description =
        "seed "
            + generated.seed()
            + " ("
            + generated.kind()
            + ", "
            + (generated.ordered() ? "rows in order" : "rows in any order")
            + "; rerun with -Dtck.seed="
            + generated.seed()
            + ")\n"
            + PlanPrinter.print(generated.plan());
    Frame expected;
    try (Backend reference = new ReferenceBackendProvider().create(Map.of())) {
      expected = reference.collect(generated.plan());
    } catch (FrameException referenceFailure) {
      assertThatThrownBy(() -> LazyFrame.of(backend, generated.plan()).collect())
          .as(description + "\nthe reference failed with: " + referenceFailure)
          .isInstanceOf(FrameException.class);
      return;
    }
    Frame actual;
    try {
      actual = LazyFrame.of(backend, generated.plan()).collect();
    } catch (RuntimeException backendFailure) {
      throw new AssertionError(
          description
              + "\nthe backend failed with "
              + backendFailure
              + "\nbut the reference returned\n"
              + expected,
          backendFailure);
    }
    assertThat(actual.schema()).as(description).isEqualTo(expected.schema());
    if (generated.ordered()) {
      assertThatFrame(actual).as(description).hasRowsInOrder(expected.rows());
    } else {
      assertThatFrame(actual).as(description).hasRowsInAnyOrder(expected.rows());
    }
  }
}
