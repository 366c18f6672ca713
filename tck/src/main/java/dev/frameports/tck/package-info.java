/**
 * The backend contract kit: {@link dev.frameports.tck.BackendCompatibilityKit}, the abstract JUnit
 * 5 class every backend's {@code <Backend>BackendCompatibilityTest} extends, and its feature groups
 * ({@code *Contract}, one file each), which together are the executable specification of the
 * semantics written in {@code common}'s javadoc. {@link dev.frameports.tck.FrameAssert} compares
 * frames (floats within one documented tolerance). Every expected value in the groups is derived by
 * hand from that javadoc, never copied from an engine's output.
 */
@NullMarked
package dev.frameports.tck;

import org.jspecify.annotations.NullMarked;
