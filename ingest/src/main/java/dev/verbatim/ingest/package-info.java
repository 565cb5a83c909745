/**
 * Where raw pages come from. {@link dev.verbatim.ingest.PageFiles} finds page files in directory
 * trees and reads each with its metadata. No Kafka here; the producer lives in
 * {@code dev.verbatim.ingest.kafka}.
 */
@NullMarked
package dev.verbatim.ingest;

import org.jspecify.annotations.NullMarked;
