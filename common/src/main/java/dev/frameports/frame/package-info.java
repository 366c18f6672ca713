/**
 * The backend-neutral DataFrame API in Polars vocabulary: {@link dev.frameports.frame.LazyFrame}
 * (lazy plans), {@link dev.frameports.frame.Expr} (expressions, and the one statement of null
 * semantics), {@link dev.frameports.frame.Frame} (collected results) and the types around them.
 */
@NullMarked
package dev.frameports.frame;

import org.jspecify.annotations.NullMarked;
