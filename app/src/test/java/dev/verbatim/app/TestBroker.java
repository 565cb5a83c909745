package dev.verbatim.app;

import dev.verbatim.app.kafka.EmbeddedBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one embedded broker of this test JVM, started on first use and stopped when the JVM exits.
 * Tests isolate themselves by topic names and group ids, never by starting another broker. Besides
 * its plain listener it has a SASL_PLAINTEXT one (mechanism PLAIN) that accepts {@link #SASL_USER}
 * with {@link #SASL_PASSWORD}, for tests of a secured cluster.
 */
final class TestBroker {

    static final String SASL_USER = "verbatim";
    static final String SASL_PASSWORD = "test-secret";

    private static EmbeddedBroker broker;

    private TestBroker() {
    }

    /** The data directory of the shared broker (it holds the running broker's address file). */
    static synchronized Path dataDir() {
        bootstrapServers();
        return broker.dataDir();
    }

    static synchronized String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** The address of the SASL_PLAINTEXT listener. */
    static synchronized String saslBootstrapServers() {
        return broker().saslBootstrapServers().orElseThrow();
    }

    private static EmbeddedBroker broker() {
        if (broker == null) {
            try {
                Path dir = Files.createTempDirectory("verbatim-test-broker");
                broker = EmbeddedBroker.start(dir, Map.of(SASL_USER, SASL_PASSWORD));
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-broker-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker;
    }
}
