package dev.frameports.tck.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frameports.frame.Expr;
import dev.frameports.frame.ExprWalker;
import dev.frameports.frame.Frame;
import dev.frameports.frame.PlanException;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanPrinter;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.Source;
import dev.frameports.frame.spi.Backend;
import dev.frameports.tck.reference.ReferenceBackendProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the random plan generator")
class RandomPlansTest {
  private static final int SEEDS = 600;

  @Test
  @DisplayName("gives the same plan for the same seed")
  void isDeterministic() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(RandomPlans.generate(seed)).isEqualTo(RandomPlans.generate(seed));
    }
    Set<String> printed = new HashSet<>();
    LongStream.range(0, 50)
        .forEach(s -> printed.add(PlanPrinter.print(RandomPlans.generate(s).plan())));
    assertThat(printed).as("different seeds give different plans").hasSizeGreaterThan(45);
  }

  @Test
  @DisplayName("makes plans that validate, except the invalid ones, which are rejected")
  void plansValidate() {
    PlanSchemas schemas = new PlanSchemas(s -> ((Source.Memory) s).frame().schema());
    for (long seed = 0; seed < SEEDS; seed++) {
      GeneratedPlan generated = RandomPlans.generate(seed);
      if (generated.kind() == GeneratedPlan.Kind.INVALID) {
        assertThatThrownBy(() -> schemas.schemaOf(generated.plan()))
            .as("seed %d", seed)
            .isInstanceOf(PlanException.class);
      } else {
        schemas.schemaOf(generated.plan());
      }
    }
  }

  @Test
  @DisplayName("makes valid plans that run on the reference without any error")
  void validPlansRun() {
    try (Backend reference = new ReferenceBackendProvider().create(Map.of())) {
      for (long seed = 0; seed < SEEDS; seed++) {
        GeneratedPlan generated = RandomPlans.generate(seed);
        if (generated.kind() == GeneratedPlan.Kind.VALID) {
          try {
            reference.collect(generated.plan());
          } catch (RuntimeException e) {
            throw new AssertionError(
                "seed " + seed + "\n" + PlanPrinter.print(generated.plan()), e);
          }
        }
      }
    }
  }

  @Test
  @DisplayName("covers every plan node, every expression node and every kind of ending")
  void coversTheApi() {
    Set<String> nodes = new HashSet<>();
    Set<GeneratedPlan.Kind> kinds = new HashSet<>();
    int ordered = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      GeneratedPlan generated = RandomPlans.generate(seed);
      kinds.add(generated.kind());
      ordered += generated.ordered() ? 1 : 0;
      collect(generated.plan(), nodes);
    }
    assertThat(nodes)
        .contains(
            "Scan",
            "Filter",
            "Select",
            "WithColumns",
            "WithRowIndex",
            "Aggregate",
            "Sort",
            "Unique",
            "Join",
            "Concat",
            "Limit")
        .contains(
            "Col",
            "Lit",
            "Binary",
            "Not",
            "IsNull",
            "IsIn",
            "StringMatch",
            "When",
            "Cast",
            "Truncate",
            "Alias",
            "Agg",
            "Len");
    assertThat(kinds).containsExactlyInAnyOrder(GeneratedPlan.Kind.values());
    assertThat(ordered).isBetween(SEEDS / 5, SEEDS * 4 / 5);
  }

  @Test
  @DisplayName("makes input frames of 5 to 40 rows with some nulls")
  void framesAreSmallWithNulls() {
    int cells = 0;
    int nulls = 0;
    for (long seed = 0; seed < 100; seed++) {
      List<Frame> frames = new ArrayList<>();
      scans(RandomPlans.generate(seed).plan(), frames);
      for (Frame frame : frames) {
        assertThat(frame.height()).isBetween(5, 40);
        for (List<Object> row : frame.rows()) {
          cells += row.size();
          nulls += (int) row.stream().filter(v -> v == null).count();
        }
      }
    }
    assertThat((double) nulls / cells).isBetween(0.08, 0.30);
  }

  private static void collect(Plan plan, Set<String> nodes) {
    nodes.add(plan.getClass().getSimpleName());
    List<Expr> exprs = new ArrayList<>();
    if (plan instanceof Plan.Filter f) {
      exprs.add(f.predicate());
    } else if (plan instanceof Plan.Select s) {
      exprs.addAll(s.exprs());
    } else if (plan instanceof Plan.WithColumns w) {
      exprs.addAll(w.exprs());
    } else if (plan instanceof Plan.Aggregate a) {
      exprs.addAll(a.aggs());
    }
    for (Expr expr : exprs) {
      ExprWalker.collect(expr, e -> true).forEach(e -> nodes.add(e.getClass().getSimpleName()));
    }
    plan.inputs().forEach(input -> collect(input, nodes));
  }

  private static void scans(Plan plan, List<Frame> frames) {
    if (plan instanceof Plan.Scan scan) {
      frames.add(((Source.Memory) scan.source()).frame());
    }
    plan.inputs().forEach(input -> scans(input, frames));
  }
}
