/**
 * The {@code frameports} command line (picocli): {@code report}, {@code generate}, {@code plot} and
 * {@code demo}. Bad input ends with one line on standard error and a distinct {@link
 * dev.frameports.usage.cli.ExitCode}; nothing is written to an output file on failure.
 */
@NullMarked
package dev.frameports.usage.cli;

import org.jspecify.annotations.NullMarked;
