/**
 * The thin Kafka Streams adapter around {@link dev.verbatim.clean.PageCleaner}: the topology
 * ({@link dev.verbatim.clean.kafka.CleanTopology}) and the record-to-page mapping. The only
 * package of {@code clean} that imports Kafka, and the only place a page's exception is caught.
 */
@NullMarked
package dev.verbatim.clean.kafka;

import org.jspecify.annotations.NullMarked;
