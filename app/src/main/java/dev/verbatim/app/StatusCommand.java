package dev.verbatim.app;

import dev.verbatim.app.kafka.ActiveRules;
import dev.verbatim.app.kafka.ClusterStatus;
import dev.verbatim.app.kafka.EmbeddedBroker;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.model.RulesActivation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code verbatim status}: the pipeline as the cluster sees it — each stage's consumer group and
 * its lag, the active rules and since when, the records on each topic and the latest rejects by
 * reason. Without a cluster it finds the embedded broker of a running {@code verbatim} in the data
 * directory, or reads that directory with a broker of its own, or says that there is none.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show each stage's consumer group and lag, the active rules, "
        + "the records on each topic and the latest rejects by reason, read from the cluster.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--rejects", paramLabel = "N", description = "Rejects read from the end of each partition of the rejected topic (default 200).")
    int rejects = 200;

    @Spec
    CommandSpec spec;

    /** The cluster status reads from, and the broker started for it (to close), if any. */
    private record Target(String bootstrapServers, String description, Optional<EmbeddedBroker> started)
            implements AutoCloseable {
        @Override
        public void close() {
            started.ifPresent(EmbeddedBroker::close);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (rejects < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rejects must be at least 1, was " + rejects);
        }
        PipelineConfig cfg = cluster.load(Optional.empty());
        try (Target target = open(cfg)) {
            ClusterStatus.requireReachable(cfg.kafka().clientProperties(target.bootstrapServers()));
            PrintWriter out = spec.commandLine().getOut();
            out.println("cluster: " + target.description());
            print(out, cfg, cfg.kafka().clientProperties(target.bootstrapServers()));
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer within 15 s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the cluster refused: " + Main.describe(e.getCause()), e.getCause());
        }
        return 0;
    }

    private static Target open(PipelineConfig cfg) {
        Optional<String> given = cfg.kafka().bootstrapServers();
        if (given.isPresent()) {
            return new Target(given.get(), given.get(), Optional.empty());
        }
        var dir = cfg.kafka().dataDir();
        if (!EmbeddedBroker.formatted(dir)) {
            throw new IllegalStateException("no cluster: no --bootstrap-servers given and no embedded broker data in " + dir
                    + " (start one with './verbatim run', or pass --data DIR)");
        }
        Optional<String> running = EmbeddedBroker.runningAt(dir);
        if (running.isPresent()) {
            return new Target(running.get(), running.get() + " (the embedded broker of a running verbatim, data in " + dir + ")",
                    Optional.empty());
        }
        EmbeddedBroker broker = EmbeddedBroker.start(dir);
        return new Target(broker.bootstrapServers(), "none running; read from the embedded broker's data in " + dir,
                Optional.of(broker));
    }

    private void print(PrintWriter out, PipelineConfig cfg, Map<String, String> servers)
            throws ExecutionException, TimeoutException, InterruptedException {
        RulesActivation active = printRules(out, cfg, servers);
        String prefix = cfg.clean().applicationId() + "-";
        String activeGroup = LiveCleaner.applicationId(cfg.clean().applicationId(), active);
        List<ClusterStatus.Group> groups = ClusterStatus.groups(servers, id -> id.equals(cfg.sink().groupId())
                ? Optional.of(cfg.topics().transcripts())
                : id.startsWith(prefix) ? Optional.of(cfg.topics().raw()) : Optional.empty());
        out.println();
        printGroups(out, groups, cfg, activeGroup);
        out.println();
        printCounts(out, ClusterStatus.counts(servers, List.of(cfg.topics().raw(), cfg.topics().transcripts(),
                cfg.topics().rejected(), cfg.rulesTopic(), cfg.crawl().stateTopic())));
        out.println();
        printRejects(out, cfg.topics().rejected(), ClusterStatus.latestRejects(servers, cfg.topics().rejected(), rejects));
    }

    private static RulesActivation printRules(PrintWriter out, PipelineConfig cfg, Map<String, String> servers) {
        List<ActiveRules.Dated> history = ActiveRules.history(servers, cfg.rulesTopic());
        if (history.isEmpty()) {
            RulesActivation builtIn = new RulesActivation(RulesActivation.BUILT_IN_EPOCH,
                    PageCleaner.rulesVersionOf(CleanSettings.defaults()));
            out.println("active rules: " + builtIn + ", the built-in rules (none published)");
            return builtIn;
        }
        ActiveRules.Dated latest = history.get(history.size() - 1);
        out.println("active rules: " + latest.activation() + " since " + latest.at()
                + (history.size() > 1 ? " (" + (history.size() - 1) + " earlier activations still in " + cfg.rulesTopic() + ")" : ""));
        return latest.activation();
    }

    private static void printGroups(PrintWriter out, List<ClusterStatus.Group> groups, PipelineConfig cfg, String activeGroup) {
        if (groups.isEmpty()) {
            out.println("stage groups: none yet (no cleaner or sink has run on this cluster)");
            return;
        }
        int w = Math.max(5, groups.stream().mapToInt(g -> g.id().length()).max().orElse(0));
        int sw = Math.max(5, groups.stream().mapToInt(g -> g.state().length()).max().orElse(0));
        out.println("stage groups (lag: committed records on the topic the group has yet to read)");
        out.println(String.format(Locale.ROOT, "  %-" + w + "s  %-5s  %-" + sw + "s  %7s  %8s", "GROUP", "STAGE", "STATE",
                "MEMBERS", "LAG"));
        for (ClusterStatus.Group g : groups) {
            boolean sink = g.id().equals(cfg.sink().groupId());
            String note = sink ? "" : g.id().equals(activeGroup) ? "  active rules" : "  other rules";
            out.println(String.format(Locale.ROOT, "  %-" + w + "s  %-5s  %-" + sw + "s  %7d  %8d%s", g.id(), sink ? "sink" : "clean",
                    g.state(), g.members(), g.lag(), note));
        }
    }

    private static void printCounts(PrintWriter out, List<ClusterStatus.TopicCount> counts) {
        int w = counts.stream().mapToInt(c -> c.topic().length()).max().orElse(5);
        out.println("topics (records: end minus start offsets; on exactly-once topics transaction markers count too)");
        for (ClusterStatus.TopicCount c : counts) {
            out.println(String.format(Locale.ROOT, "  %-" + w + "s  %8d record%s in %d partition%s", c.topic(), c.records(),
                    c.records() == 1 ? " " : "s", c.partitions(), c.partitions() == 1 ? "" : "s"));
        }
    }

    private void printRejects(PrintWriter out, String topic, List<ClusterStatus.Rejects> latest) {
        if (latest.isEmpty()) {
            out.println("rejects: none in " + topic);
            return;
        }
        List<String> lines = new ArrayList<>();
        int w = latest.stream().mapToInt(r -> r.reason().length()).max().orElse(6);
        for (ClusterStatus.Rejects r : latest) {
            lines.add(String.format(Locale.ROOT, "  %-" + w + "s  %5d  latest %s  %s - %s", r.reason(), r.count(), r.latestAt(),
                    r.latestUrl(), r.latestDetail()));
        }
        out.println("latest rejects by reason (the last " + rejects + " of each partition of " + topic + ")");
        lines.forEach(out::println);
    }
}
