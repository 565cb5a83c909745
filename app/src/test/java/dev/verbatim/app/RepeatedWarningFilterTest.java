package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Kafka network client's repeated warnings show once a minute each; other logs are left alone. */
class RepeatedWarningFilterTest {

    private static final String UNREACHABLE = "[Consumer clientId=sink] Connection to node {} ({}) could not be established.";

    @Test
    void aRepeatedWarningShowsOnceAMinuteAndOthersPass() {
        AtomicLong now = new AtomicLong();
        RepeatedWarningFilter filter = new RepeatedWarningFilter(now::get);
        LoggerContext context = new LoggerContext();
        Logger network = context.getLogger("org.apache.kafka.clients.NetworkClient");
        Logger other = context.getLogger("dev.verbatim.app.Pipeline");

        assertThat(filter.decide(null, network, Level.WARN, UNREACHABLE, null, null)).isEqualTo(FilterReply.NEUTRAL);
        now.addAndGet(TimeUnit.SECONDS.toNanos(59));
        assertThat(filter.decide(null, network, Level.WARN, UNREACHABLE, null, null)).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, network, Level.WARN, "[Producer clientId=ingest] " + UNREACHABLE, null, null))
                .as("another client's warning").isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, network, Level.ERROR, UNREACHABLE, null, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, other, Level.WARN, UNREACHABLE, null, null)).isEqualTo(FilterReply.NEUTRAL);
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(filter.decide(null, network, Level.WARN, UNREACHABLE, null, null)).as("a minute later")
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
