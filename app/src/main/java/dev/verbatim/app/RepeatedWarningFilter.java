package dev.verbatim.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Marker;

/**
 * Lets a warning of the Kafka network client through once a minute per message: while a broker
 * is away every client warns at each reconnect (about 1,500 lines a minute for one pipeline, each
 * the same). The first one shows at once, then one a minute, so an outage stays visible without
 * burying the rest. Messages are told apart by their format, which names the client. Set in
 * {@code logback.xml}; {@code logger} and {@code intervalSeconds} may be set there.
 *
 * <p>Thread-safe.
 */
public final class RepeatedWarningFilter extends TurboFilter {

    private static final int MAX_KEYS = 1000;

    private final LongSupplier nanoTime;
    private final Map<String, Long> lastShown = new ConcurrentHashMap<>();
    private String logger = "org.apache.kafka.clients.NetworkClient";
    private long intervalNanos = TimeUnit.MINUTES.toNanos(1);

    /** Logback's constructor: the system clock. */
    public RepeatedWarningFilter() {
        this(System::nanoTime);
    }

    RepeatedWarningFilter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The logger (or logger prefix) whose warnings are thinned. */
    public void setLogger(String logger) {
        this.logger = logger;
    }

    public void setIntervalSeconds(long seconds) {
        this.intervalNanos = TimeUnit.SECONDS.toNanos(seconds);
    }

    @Override
    public FilterReply decide(Marker marker, Logger log, Level level, String format, Object[] params, Throwable t) {
        if (level == null || format == null || level.toInt() != Level.WARN_INT || !log.getName().startsWith(logger)) {
            return FilterReply.NEUTRAL;
        }
        long now = nanoTime.getAsLong();
        Long last = lastShown.get(format);
        if (last != null && now - last < intervalNanos) {
            return FilterReply.DENY;
        }
        if (lastShown.size() > MAX_KEYS) {
            lastShown.clear(); // client ids change with every replaced stream thread: keep the map small
        }
        lastShown.put(format, now);
        return FilterReply.NEUTRAL;
    }
}
