package dev.verbatim.app;

import dev.verbatim.app.kafka.EmbeddedBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one embedded broker of this test JVM, started on first use and stopped when the JVM exits.
 * Tests isolate themselves by topic names and group ids, never by starting another broker.
 */
final class TestBroker {

    private static EmbeddedBroker broker;

    private TestBroker() {
    }

    /** The data directory of the shared broker (it holds the running broker's address file). */
    static synchronized Path dataDir() {
        bootstrapServers();
        return broker.dataDir();
    }

    static synchronized String bootstrapServers() {
        if (broker == null) {
            try {
                Path dir = Files.createTempDirectory("verbatim-test-broker");
                broker = EmbeddedBroker.start(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-broker-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker.bootstrapServers();
    }
}
