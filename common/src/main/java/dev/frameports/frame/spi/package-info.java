/**
 * The backend SPI: {@link dev.frameports.frame.spi.BackendProvider} (ServiceLoader), {@link
 * dev.frameports.frame.spi.Backend}, {@link dev.frameports.frame.spi.Capability} and {@link
 * dev.frameports.frame.spi.Backends}, the {@code -Dbackend=NAME} selection.
 */
@NullMarked
package dev.frameports.frame.spi;

import org.jspecify.annotations.NullMarked;
