package dev.frameports.frame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered, uniquely named columns of a frame or plan.
 *
 * <p>Immutable. Lookups by name are exact and case-sensitive; an unknown name is a {@link
 * PlanException} that lists the columns that do exist.
 */
public record Schema(List<Field> fields) {
  public Schema {
    fields = List.copyOf(fields);
    Set<String> seen = new HashSet<>();
    for (Field field : fields) {
      if (!seen.add(field.name())) {
        throw new PlanException("duplicate column name '" + field.name() + "' in " + fields);
      }
    }
  }

  /** A schema of the given fields, in order. */
  public static Schema of(Field... fields) {
    return new Schema(List.of(fields));
  }

  /** Number of columns. */
  public int size() {
    return fields.size();
  }

  /** The field at a position. */
  public Field field(int index) {
    return fields.get(index);
  }

  /** The column names, in order. */
  public List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  /** The position of a column, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The field named so, if any. */
  public Optional<Field> find(String name) {
    int index = indexOf(name);
    return index < 0 ? Optional.empty() : Optional.of(fields.get(index));
  }

  /**
   * The field named so.
   *
   * @throws PlanException naming the column and the available ones when it does not exist
   */
  public Field field(String name) {
    Objects.requireNonNull(name, "name");
    return find(name)
        .orElseThrow(
            () -> new PlanException("column '" + name + "' not found; available: " + names()));
  }

  /** A schema with the given fields appended (a same-named field is replaced in place). */
  public Schema with(List<Field> extra) {
    List<Field> result = new ArrayList<>(fields);
    for (Field field : extra) {
      int index = -1;
      for (int i = 0; i < result.size(); i++) {
        if (result.get(i).name().equals(field.name())) {
          index = i;
        }
      }
      if (index >= 0) {
        result.set(index, field);
      } else {
        result.add(field);
      }
    }
    return new Schema(result);
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}
