/**
 * The workloads' commands, joined to the {@code frameports} command line: {@code etl volume|daily},
 * {@code pg load|qps} and {@code generate volume|transactions}. {@link
 * dev.frameports.workloads.cli.FrameportsMain} is the launcher's main class.
 */
@NullMarked
package dev.frameports.workloads.cli;

import org.jspecify.annotations.NullMarked;
