package dev.verbatim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.verbatim.app.kafka.ActiveRules;
import dev.verbatim.app.kafka.Cluster;
import dev.verbatim.app.kafka.RawTopicReader;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.RulesFile;
import dev.verbatim.ingest.PageFiles;
import dev.verbatim.ingest.UrlNormalizer;
import dev.verbatim.model.RawPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code verbatim rules show|diff}: look at cleaning rules and preview what new ones would change. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Show the effective cleaning rules, or preview what new rules would change.",
        subcommands = {RulesCommands.Show.class, RulesCommands.Diff.class})
final class RulesCommands implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command (show or diff)");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the effective rules (built-in rules with --rules FILE over them) as YAML.")
    static final class Show implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "FILE", description = "Rules file laid over the built-in rules.")
        Path rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CleanSettings r = rules == null ? ConfigLoader.load(Optional.empty(), System.getenv(), java.util.Map.of())
                    .clean().settings() : ConfigLoader.readRules(rules);
            PrintWriter out = spec.commandLine().getOut();
            out.println("# rules_version: " + PageCleaner.rulesVersionOf(r));
            out.print(RulesFile.toYaml(r));
            out.flush();
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "Clean pages with the current and the new rules side by side and report what "
            + "changes: pages unchanged, changed, newly rejected, newly accepted; fields changed; a few examples. "
            + "Pages come from pages.raw (nothing is committed) or from --files.")
    static final class Diff implements Callable<Integer> {
        @Option(names = "--current", paramLabel = "FILE",
                description = "Compare against these rules instead of the active (or configured) ones.")
        Path currentRules;

        @Option(names = "--files", paramLabel = "PATH", arity = "1..*", description = "Read pages from files instead of pages.raw.")
        List<Path> files = List.of();

        @Option(names = "--sample", paramLabel = "N", description = "Compare only N pages (a stable sample by URL).")
        Integer sample;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Mixin
        ClusterOptions cluster;

        @Mixin
        RulesOption rules; // the new rules, compared with the active ones; nothing is published

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (rules.file == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "rules diff needs --rules FILE (the new rules)");
            }
            if (sample != null && sample < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--sample needs a positive number of pages, got " + sample);
            }
            CleanSettings proposed = ConfigLoader.readRules(rules.file);
            PipelineConfig cfg = cluster.load(Optional.empty(), currentRules);
            PipelineCommands.PageFilesCheck.requireExisting(files);
            List<RawPage> pages;
            CleanSettings current;
            if (!files.isEmpty()) {
                pages = readFiles(files, cfg.urlNormalizer());
                current = cfg.clean().settings();
            } else {
                try (Cluster c = Cluster.open(cfg.kafka(), cfg.topics(), cfg.rulesTopic())) {
                    pages = RawTopicReader.latestPages(c.client(), cfg.topics().raw());
                    current = cfg.clean().rules().isPresent() ? cfg.clean().settings()
                            : ActiveRules.read(c.client(), cfg.rulesTopic())
                                    .map(y -> RulesFile.parse(y.yaml(), "the active rules")).orElse(cfg.clean().settings());
                }
            }
            pages = sample(pages);
            RulesDiff.Report report = RulesDiff.compare(pages, new PageCleaner(current), new PageCleaner(proposed));
            print(report, PageCleaner.rulesVersionOf(current), PageCleaner.rulesVersionOf(proposed));
            return 0;
        }

        private List<RawPage> sample(List<RawPage> pages) {
            if (sample == null || sample >= pages.size()) {
                return pages;
            }
            return pages.stream().sorted(Comparator.comparingInt(p -> p.url().hashCode())).limit(sample).toList();
        }

        private static List<RawPage> readFiles(List<Path> roots, UrlNormalizer normalizer) throws IOException {
            List<RawPage> out = new ArrayList<>();
            for (Path f : PageFiles.find(roots)) {
                out.add(normalizer.page(PageFiles.read(f)));
            }
            return out;
        }

        private void print(RulesDiff.Report r, String from, String to) throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                var root = m.createObjectNode().put("rules_from", from).put("rules_to", to);
                root.set("report", m.valueToTree(r));
                out.println(m.writeValueAsString(root));
                return;
            }
            out.printf("rules %s -> %s on %d pages%n", from, to, r.pages());
            out.printf("  unchanged: %d%n  changed: %d%n  newly rejected: %d%n  newly accepted: %d%n  rejected by both: %d%n",
                    r.unchanged(), r.changed(), r.newlyRejected(), r.newlyAccepted(), r.stillRejected());
            if (!r.fieldChanges().isEmpty()) {
                out.println("fields changed (pages):");
                r.fieldChanges().forEach((f, n) -> out.printf("  %-13s %d%n", f, n));
            }
            for (RulesDiff.Example e : r.examples()) {
                out.println("example " + e.url());
                e.differences().forEach(d -> out.println("  " + d));
            }
            out.flush();
        }
    }
}
