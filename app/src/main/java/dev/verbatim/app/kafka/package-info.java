/**
 * The launcher's Kafka edge: the embedded KRaft broker, topic set-up and the typed-config to
 * {@code Properties} mapping. The only package of {@code app} that imports Kafka.
 */
@NullMarked
package dev.verbatim.app.kafka;

import org.jspecify.annotations.NullMarked;
