package dev.frameports.decision;

import org.jspecify.annotations.Nullable;

/**
 * The decision outcome: what to do, which backend (none for {@link Kind#NO_MIGRATION}) and why, in
 * one Markdown-ready paragraph.
 */
public record Recommendation(Kind kind, @Nullable BackendOption chosen, String rationale) {

  /** The three outcomes {@link RecommendationRule} can reach. */
  public enum Kind {
    /** A backend meets D1, D2 and D3: migrate to it. */
    MIGRATE,
    /**
     * No backend meets D1-D3, but one is correct (D3) and meets D1 or D2: adopt it opt-in where it
     * helps and keep the baseline as the default.
     */
    HYBRID,
    /** No backend is both correct and better on a measured driver: keep the baseline. */
    NO_MIGRATION
  }

  /** The "Chosen option" line of the MADR outcome. */
  public String headline() {
    return switch (kind) {
      case MIGRATE -> "Chosen option: **" + title() + "** — migrate.";
      case HYBRID ->
          "Chosen option: **hybrid** — no backend meets drivers D1–D3; keep the legacy baseline as"
              + " the default and adopt **"
              + title()
              + "** opt-in (`--backend "
              + id()
              + "`) where it is measured better.";
      case NO_MIGRATION ->
          "Chosen option: **no migration yet** — keep the legacy baseline; no backend is both"
              + " equal to the oracle and measurably better.";
    };
  }

  private String title() {
    return chosen == null ? "none" : chosen.title();
  }

  private String id() {
    return chosen == null ? "none" : chosen.id();
  }
}
