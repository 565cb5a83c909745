package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.kafka.CleanStreams;
import dev.verbatim.clean.kafka.RejectionCounts;
import dev.verbatim.model.Topics;
import java.util.List;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The app leaves RocksDB out (app/pom.xml excludes {@code rocksdbjni}: 60 MB of native libraries in
 * the jar) because the cleaning topology keeps no state. This holds both halves of that bargain: the
 * topology has no store, and RocksDB is really absent from the classpath the app's pipeline tests run on.
 */
class CleanTopologyStatelessTest {

    @Test
    void cleaningTopologyHasNoStateStore() {
        TopologyDescription description = CleanStreams.topology(Topics.defaults(),
                new PageCleaner(CleanSettings.defaults()), 0, new RejectionCounts()).describe();

        List<String> stores = description.subtopologies().stream()
                .flatMap(s -> s.nodes().stream())
                .filter(n -> n instanceof TopologyDescription.Processor)
                .flatMap(n -> ((TopologyDescription.Processor) n).stores().stream())
                .toList();
        assertThat(description.subtopologies()).isNotEmpty();
        assertThat(stores).as("state stores need RocksDB, which app/pom.xml excludes").isEmpty();
        assertThat(description.globalStores()).isEmpty();
    }

    @Test
    void rocksDbIsNotOnTheAppClasspath() {
        assertThatThrownBy(() -> Class.forName("org.rocksdb.RocksDB"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
