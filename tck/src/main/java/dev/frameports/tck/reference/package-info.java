/**
 * The reference evaluator: a small row-at-a-time interpreter of the whole frameports API, written
 * for obviousness rather than speed. It is the oracle of the contract kit's differential tests and
 * is deliberately not registered with {@link java.util.ServiceLoader}; create it through {@link
 * dev.frameports.tck.reference.ReferenceBackendProvider}.
 */
@NullMarked
package dev.frameports.tck.reference;

import org.jspecify.annotations.NullMarked;
