package dev.verbatim.app.kafka;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the one warning the embedded broker logs on every clean shutdown ("Attempting to close
 * NetworkClient that has already been closed", from its controller channel). It comes from the
 * logger of every Kafka client's network layer, whose other warnings (a broker that cannot be
 * reached) must stay visible, so it is matched by message rather than silenced by logger name.
 * Installed on the console appender by {@code logback.xml}.
 */
public final class BrokerShutdownNoise extends Filter<ILoggingEvent> {

    static final String LOGGER = "org.apache.kafka.clients.NetworkClient";
    static final String MESSAGE = "Attempting to close NetworkClient that has already been closed";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String msg = event.getFormattedMessage();
        return LOGGER.equals(event.getLoggerName()) && msg != null && msg.contains(MESSAGE) ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
