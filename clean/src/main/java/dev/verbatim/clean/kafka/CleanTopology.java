package dev.verbatim.clean.kafka;

import dev.verbatim.clean.CleanResult;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.RulesActivation;
import java.util.function.Function;
import dev.verbatim.model.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The cleaning topology: {@code pages.raw} (bytes, decoded inside the topology) through the
 * cleaning core, then split into {@code transcripts} (key transcript id, value JSON) and
 * {@code pages.rejected} (key URL, value the original bytes, error headers). Nodes are named so
 * that the topology description stays stable.
 */
public final class CleanTopology {

    private CleanTopology() {
    }

    /**
     * Adds the cleaning nodes to {@code builder}.
     *
     * @param cleaner      the cleaning core, usually {@code pageCleaner::clean}; must be thread-safe
     * @param rules        the activation of the rules {@code cleaner} runs: its version and epoch are
     *                     carried in headers of every transcript record (and tombstone)
     * @param counts       where cleaned and rejected pages are counted
     */
    public static void build(StreamsBuilder builder, Topics topics, Function<RawPage, CleanResult> cleaner,
            RulesActivation rules, RejectionCounts counts) {
        build(builder, topics, cleaner, rules, counts, RecordLimits.NONE);
    }

    /**
     * As {@link #build(StreamsBuilder, Topics, Function, RulesActivation, RejectionCounts)}, with the
     * largest records the topics take: a larger transcript becomes a {@code sink/too-large}
     * rejection, a larger rejection keeps the first bytes of its page, instead of a record that would
     * stop the stream for good.
     */
    public static void build(StreamsBuilder builder, Topics topics, Function<RawPage, CleanResult> cleaner,
            RulesActivation rules, RejectionCounts counts, RecordLimits limits) {
        builder.stream(topics.raw(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-pages"))
                .process(() -> new CleanProcessor(cleaner, rules, counts, limits), Named.as("clean"))
                .split(Named.as("route-"))
                .branch((id, routed) -> routed.rejected(), Branched.<String, Routed>withConsumer(rejected -> rejected
                        .mapValues(Routed::payload, Named.as("original-bytes"))
                        .to(topics.rejected(), Produced.with(Serdes.String(), Serdes.ByteArray())
                                .withName("rejected-pages")))
                        .withName("rejected"))
                .defaultBranch(Branched.<String, Routed>withConsumer(cleaned -> cleaned
                        .mapValues(Routed::payload, Named.as("transcript-json"))
                        .to(topics.transcripts(), Produced.with(Serdes.String(), Serdes.ByteArray())
                                .withName("transcripts")))
                        .withName("cleaned"));
    }
}
