/** The producer that pushes raw pages to {@code pages.raw}: key URL, value the bytes as fetched, metadata in headers. */
@NullMarked
package dev.verbatim.ingest.kafka;

import org.jspecify.annotations.NullMarked;
