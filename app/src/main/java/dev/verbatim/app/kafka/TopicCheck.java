package dev.verbatim.app.kafka;

import dev.verbatim.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What the topics Verbatim uses look like on the cluster, once they all serve: partitions, cleanup
 * policy and largest record. Topics made by someone else (an operator, another tool, the broker's
 * defaults) may break what the pipeline promises; each such topic gives one warning that names
 * the problem and the command that fixes it.
 */
final class TopicCheck {

    /** Room for the key, the headers and the record overhead beside a transcript's JSON. */
    private static final int RECORD_OVERHEAD = 4 * 1024;

    /**
     * The largest records the pipeline may write.
     *
     * @param transcripts largest transcript record (JSON, key and headers) the transcripts topic takes
     * @param rejected    largest rejected-page record the rejected topic takes
     */
    record Limits(int transcripts, int rejected) {
        static final Limits CREATED = new Limits(Cluster.MAX_MESSAGE_BYTES - RECORD_OVERHEAD,
                Cluster.MAX_MESSAGE_BYTES - RECORD_OVERHEAD);
    }

    private record Topic(String name, int partitions, String cleanupPolicy, int maxMessageBytes) {
    }

    private final Map<String, Topic> topics;
    private final String bootstrapServers;

    private TopicCheck(Map<String, Topic> topics, String bootstrapServers) {
        this.topics = topics;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Describes {@code specs}' topics, waiting (up to {@code timeout}) until each is known with a
     * leader on every partition: a topic just created, here or by a stage starting at the same time,
     * takes a moment to serve.
     */
    static TopicCheck of(Admin admin, String bootstrapServers, Collection<NewTopic> specs, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<String> names = specs.stream().map(NewTopic::name).toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, TopicDescription> described = describe(admin, names, deadline);
        List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(timeout.toSeconds(), TimeUnit.SECONDS);
        Map<String, Topic> out = new java.util.LinkedHashMap<>();
        for (String n : names) {
            Config c = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, n));
            out.put(n, new Topic(n, described.get(n).partitions().size(), value(c, TopicConfig.CLEANUP_POLICY_CONFIG, "delete"),
                    Integer.parseInt(value(c, TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048588"))));
        }
        return new TopicCheck(out, bootstrapServers);
    }

    private static Map<String, TopicDescription> describe(Admin admin, List<String> names, long deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        while (true) {
            try {
                Map<String, TopicDescription> d = admin.describeTopics(names).allTopicNames().get(
                        Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())), TimeUnit.MILLISECONDS);
                if (d.values().stream().allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null))) {
                    return d;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topics " + names + " did not get a leader in time");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private static String value(Config c, String key, String fallback) {
        ConfigEntry e = c == null ? null : c.get(key);
        return e == null || e.value() == null ? fallback : e.value();
    }

    /** The limits of the topics as they are. */
    Limits limits(Topics names) {
        return new Limits(limit(names.transcripts()), limit(names.rejected()));
    }

    private int limit(String topic) {
        return Math.min(topics.get(topic).maxMessageBytes(), Cluster.MAX_MESSAGE_BYTES) - RECORD_OVERHEAD;
    }

    /** One line per topic of the pipeline whose settings break a promise, each naming the fix. */
    List<String> warnings(Topics names, int partitions) {
        List<String> out = new ArrayList<>();
        for (String name : List.of(names.raw(), names.transcripts(), names.rejected())) {
            List<String> problems = problems(topics.get(name), partitions, !name.equals(names.rejected()));
            if (!problems.isEmpty()) {
                out.add("topic '" + name + "' exists with " + String.join("; ", problems));
            }
        }
        return out;
    }

    private List<String> problems(Topic t, int partitions, boolean compacted) {
        List<String> out = new ArrayList<>();
        if (t.partitions() < partitions) {
            out.add(String.format(Locale.ROOT, "%d partition(s), fewer than kafka.partitions=%d: a second clean or sink "
                    + "process gets no work (fix: kafka-topics.sh --bootstrap-server %s --alter --topic %s --partitions %d)",
                    t.partitions(), partitions, bootstrapServers, t.name(), partitions));
        }
        if (compacted && !t.cleanupPolicy().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            out.add(String.format(Locale.ROOT, "cleanup.policy=%s: records older than its retention are deleted and a "
                    + "replay cannot rebuild them (fix: kafka-configs.sh --bootstrap-server %s --alter --entity-type topics "
                    + "--entity-name %s --add-config cleanup.policy=compact)", t.cleanupPolicy(), bootstrapServers, t.name()));
        }
        if (t.maxMessageBytes() < Cluster.MAX_MESSAGE_BYTES) {
            out.add(String.format(Locale.ROOT, "max.message.bytes=%d: larger records are refused (a transcript becomes a "
                    + "sink/too-large rejection, a page cannot be pushed) (fix: kafka-configs.sh --bootstrap-server %s "
                    + "--alter --entity-type topics --entity-name %s --add-config max.message.bytes=%d)",
                    t.maxMessageBytes(), bootstrapServers, t.name(), Cluster.MAX_MESSAGE_BYTES));
        }
        return out;
    }
}
