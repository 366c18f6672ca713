/**
 * Seeded generators of small random frames and well-typed random plans for the differential test:
 * the same seed always gives the same frames and the same plan.
 */
@NullMarked
package dev.frameports.tck.random;

import org.jspecify.annotations.NullMarked;
