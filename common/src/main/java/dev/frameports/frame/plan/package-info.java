/**
 * Logical plans: the sealed {@link dev.frameports.frame.plan.Plan} tree, its schemas and its
 * printer.
 */
@NullMarked
package dev.frameports.frame.plan;

import org.jspecify.annotations.NullMarked;
