package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;

/** The shipped logback configuration: ISO date-times, Kafka client warnings shown, the known-noisy ones not. */
class LoggingTest {

    private final LoggerContext context = shipped();

    /** A logger context configured from the shipped logback.xml alone, whatever else the test classpath holds. */
    private static LoggerContext shipped() {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(LoggingTest.class.getResource("/logback.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
        return context;
    }

    @Test
    void linesStartWithAnIsoDateTimeWithOffset() {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR");
        LoggingEvent event = new LoggingEvent("test", context.getLogger("dev.verbatim.app.Pipeline"), Level.WARN,
                "stage {} stopped", null, new Object[] {"sink"});
        String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
        assertThat(line).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) WARN  Pipeline - stage sink stopped\\R");
    }

    @Test
    void theEmbeddedBrokersShutdownWarningIsDroppedOtherNetworkWarningsAreNot() {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR");
        Logger network = context.getLogger("org.apache.kafka.clients.NetworkClient");
        LoggingEvent shutdown = new LoggingEvent("test", network, Level.WARN, "[NodeToControllerChannelManager id=1 "
                + "name=registration] Attempting to close NetworkClient that has already been closed.", null, null);
        LoggingEvent unreachable = new LoggingEvent("test", network, Level.WARN, "[AdminClient clientId=verbatim-status] "
                + "Connection to node -1 (/127.0.0.1:1) could not be established. Node may not be available.", null, null);
        assertThat(appender.getFilterChainDecision(shutdown)).isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY);
        assertThat(appender.getFilterChainDecision(unreachable)).isEqualTo(ch.qos.logback.core.spi.FilterReply.NEUTRAL);
    }

    @Test
    void kafkaClientWarningsShowExceptTheOnesOfNormalOperation() {
        assertThat(context.getLogger("org.apache.kafka.clients.NetworkClient").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.kafka.clients.consumer.internals.ConsumerCoordinator").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.kafka.streams.processor.internals.StreamThread").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.kafka.streams.StreamsConfig").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.apache.kafka.clients.producer.internals.Sender").getEffectiveLevel())
                .isEqualTo(Level.ERROR);
    }
}
