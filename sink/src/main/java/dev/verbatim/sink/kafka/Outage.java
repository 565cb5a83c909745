package dev.verbatim.sink.kafka;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the cluster has been unreachable for a stage, and what the stage does about it: go on
 * retrying (with a growing pause, up to 5 s) until the outage lasts longer than allowed, logging
 * once a minute meanwhile, then give up with a one-line message.
 *
 * <p>Not thread-safe: one stage thread uses it.
 */
final class Outage {

    private static final Logger LOG = LoggerFactory.getLogger(Outage.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final long MAX_PAUSE_MS = 5_000;

    private final String stage;
    private final String bootstrapServers;
    private final long allowedMs;
    private long sinceNanos = -1;
    private long loggedNanos;
    private long pauseMs;

    /** @param allowedMs how long an outage may last before the stage gives up; {@link Long#MAX_VALUE}: forever */
    Outage(String stage, String bootstrapServers, long allowedMs) {
        this.stage = stage;
        this.bootstrapServers = bootstrapServers;
        this.allowedMs = allowedMs;
    }

    /** Whether {@code e} (or a cause) is the cluster being away or busy: worth a retry, not a stop. */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof CommitFailedException
                    || t instanceof RebalanceInProgressException) {
                return true;
            }
        }
        return false;
    }

    /** The cluster answered: an outage in progress is over. */
    void answered() {
        if (sinceNanos >= 0) {
            LOG.info("{}: Kafka at {} answers again after {} s", stage, bootstrapServers,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - sinceNanos));
            sinceNanos = -1;
            pauseMs = 0;
        }
    }

    /**
     * A call begun at {@code beganNanos} failed with a transient error: logs (at the first failure,
     * then once a minute), pauses, and returns so that the caller tries again; throws once the
     * outage lasted longer than allowed.
     */
    void failed(RuntimeException e, long beganNanos) throws InterruptedException {
        long now = System.nanoTime();
        if (sinceNanos < 0) {
            sinceNanos = beganNanos;
            loggedNanos = now - LOG_EVERY_NANOS;
        }
        long lasted = TimeUnit.NANOSECONDS.toMillis(now - sinceNanos);
        if (lasted > allowedMs) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT, "%s gave up: Kafka at %s was unreachable "
                    + "for %d s, longer than kafka.outage.timeout (%s)", stage, bootstrapServers, lasted / 1000, e.getMessage()), e);
        }
        if (now - loggedNanos >= LOG_EVERY_NANOS) {
            loggedNanos = now;
            LOG.warn("{}: Kafka at {} unreachable for {} s, retrying{} ({})", stage, bootstrapServers, lasted / 1000,
                    allowedMs == Long.MAX_VALUE ? "" : " for up to " + allowedMs / 1000 + " s", e.getMessage());
        }
        pauseMs = Math.min(MAX_PAUSE_MS, Math.max(100, pauseMs * 2));
        Thread.sleep(pauseMs);
    }
}
