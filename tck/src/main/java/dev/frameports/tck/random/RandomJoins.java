package dev.frameports.tck.random;

import dev.frameports.frame.JoinType;
import dev.frameports.frame.plan.Plan;
import dev.frameports.frame.plan.PlanSchemas;
import dev.frameports.frame.source.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The join step: the plan joined on one or two keys with a second random frame whose key columns
 * have the same types (sometimes the same names), or with itself. Right columns whose names the
 * left side uses come out with the {@code _right} suffix.
 */
final class RandomJoins {
  private final PlanState state;

  RandomJoins(PlanState state) {
    this.state = state;
  }

  /** Applies the step once per plan; the output order is unspecified afterwards. */
  boolean join() {
    List<ColumnInfo> usable = new ArrayList<>(state.usable());
    if (state.joined || usable.isEmpty()) {
      return false;
    }
    List<ColumnInfo> leftKeys = new ArrayList<>();
    int keyCount = state.rnd.nextInt(4) == 0 ? 2 : 1;
    for (int i = 0; i < keyCount && !usable.isEmpty(); i++) {
      leftKeys.add(usable.remove(state.rnd.nextInt(usable.size())));
    }
    List<String> leftOn = leftKeys.stream().map(ColumnInfo::name).toList();
    JoinType type = RandomValues.pick(state.rnd, List.of(JoinType.values()));
    Right right = state.rnd.nextInt(5) == 0 && canSelfJoin() ? self(leftOn) : other(leftKeys);
    List<ColumnInfo> columns = new ArrayList<>(state.columns);
    if (type == JoinType.INNER || type == JoinType.LEFT) {
      Set<String> leftNames = new HashSet<>(state.names());
      for (ColumnInfo column : right.columns()) {
        if (!right.on().contains(column.name())) {
          String name = column.name();
          columns.add(
              leftNames.contains(name) ? column.renamed(name + PlanSchemas.JOIN_SUFFIX) : column);
        }
      }
    }
    state.joined = true;
    state.ordered = false;
    state.advance(new Plan.Join(state.plan, right.plan(), leftOn, right.on(), type), columns);
    return true;
  }

  private record Right(Plan plan, List<ColumnInfo> columns, List<String> on) {}

  /** A self-join renames every right column; that must not clash with a left name. */
  private boolean canSelfJoin() {
    Set<String> names = new HashSet<>(state.names());
    return names.stream().noneMatch(n -> names.contains(n + PlanSchemas.JOIN_SUFFIX));
  }

  private Right self(List<String> leftOn) {
    return new Right(state.plan, state.columns, leftOn);
  }

  private Right other(List<ColumnInfo> leftKeys) {
    Set<String> leftNames = new HashSet<>(state.names());
    Set<String> used = new HashSet<>();
    List<RandomFrames.Spec> specs = new ArrayList<>();
    List<String> on = new ArrayList<>();
    for (ColumnInfo key : leftKeys) {
      String name = state.rnd.nextBoolean() ? key.name() : state.fresh("k");
      used.add(name);
      on.add(name);
      specs.add(new RandomFrames.Spec(name, key.type(), key.numericText()));
    }
    int extra = state.rnd.nextInt(1, 4);
    for (int i = 0; i < extra; i++) {
      RandomFrames.Spec spec = RandomFrames.randomSpec(state.rnd, state.nextIndex());
      String reuse = RandomValues.pick(state.rnd, state.names());
      boolean clashFree = !leftNames.contains(reuse + PlanSchemas.JOIN_SUFFIX);
      if (state.rnd.nextInt(5) < 2 && clashFree && !used.contains(reuse)) {
        spec = new RandomFrames.Spec(reuse, spec.type(), spec.numberText());
      }
      used.add(spec.name());
      specs.add(spec);
    }
    RandomFrames.Generated frame = RandomFrames.frame(state.rnd, specs);
    Plan plan = new Plan.Scan(Source.of(frame.frame()));
    if (state.rnd.nextInt(3) == 0) {
      plan = new Plan.Filter(plan, new RandomExprs(state.rnd, frame.columns()).predicate(1));
    }
    return new Right(plan, frame.columns(), on);
  }
}
