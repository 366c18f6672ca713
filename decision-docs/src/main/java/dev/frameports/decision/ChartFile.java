package dev.frameports.decision;

/**
 * A chart written beside the document: its path relative to the document's folder (forward slashes,
 * ready for a Markdown link) and its caption.
 */
public record ChartFile(String relativePath, String caption) {}
