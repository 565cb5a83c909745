package dev.verbatim.app;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cleaner's answer to a stream thread that died: when the cluster was away (a timeout or
 * another retriable error), a new thread takes its place (it resumes from the last committed
 * transaction, so nothing is lost or written twice), for as long as {@code kafka.outage.timeout}
 * allows, logging once a minute; any other error stops the cleaner.
 *
 * <p>Thread-safe: stream threads and the state listener call it.
 */
final class StreamsOutage {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsOutage.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final String bootstrapServers;
    private final long allowedMs;
    private long sinceNanos = -1;
    private long loggedNanos;

    StreamsOutage(String bootstrapServers, long allowedMs) {
        this.bootstrapServers = bootstrapServers;
        this.allowedMs = allowedMs;
    }

    synchronized StreamThreadExceptionResponse handle(Throwable e) {
        if (!retriable(e)) {
            LOG.error("the cleaner stops: {}", e.getMessage(), e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        long now = System.nanoTime();
        if (sinceNanos < 0) {
            sinceNanos = now;
            loggedNanos = now - LOG_EVERY_NANOS;
        }
        long lasted = TimeUnit.NANOSECONDS.toMillis(now - sinceNanos);
        if (lasted > allowedMs) {
            LOG.error("the cleaner stops: Kafka at {} was unreachable for {} s, longer than kafka.outage.timeout ({})",
                    bootstrapServers, lasted / 1000, e.getMessage());
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        if (now - loggedNanos >= LOG_EVERY_NANOS) {
            loggedNanos = now;
            LOG.warn("cleaner: Kafka at {} unreachable for {} s, replacing the stream thread and retrying ({})",
                    bootstrapServers, lasted / 1000, e.getMessage());
        }
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /** The cleaner runs again: an outage in progress is over. */
    synchronized void answered() {
        sinceNanos = -1;
    }

    private static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }
}
