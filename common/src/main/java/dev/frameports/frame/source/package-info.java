/**
 * Sources and the I/O shared by backends: globs, the JDBC SQLite reader, CSV text rules and atomic
 * writes.
 */
@NullMarked
package dev.frameports.frame.source;

import org.jspecify.annotations.NullMarked;
