package dev.verbatim.app;

import dev.verbatim.app.bench.Bench;
import dev.verbatim.app.bench.BenchPipeline;
import dev.verbatim.app.bench.BenchReport;
import dev.verbatim.app.bench.Figure;
import dev.verbatim.ingest.PageFiles;
import dev.verbatim.model.RawPage;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code verbatim bench}: every stage measured in one run, each figure with its ratio to the Jsoup floor. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the floor (Jsoup), the cleaning core, its scaling, script conversion, "
        + "the pipeline end to end and memory, in one run; print one table and optionally write it as JSON.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "DIR", description = "Pages to measure on (default: the generated bench corpus).")
    Path pages;

    @Option(names = "--threads", paramLabel = "N", description = "Scale the core from 1 to N threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seconds", paramLabel = "S", description = "Minimum time per figure (default 5).")
    double seconds = 5;

    @Option(names = "--pipeline-pages", paramLabel = "N", description = "Pages pushed for the pipeline's maximum rate (default 1000).")
    int pipelinePages = 1000;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Measure the pipeline on this cluster instead of an embedded broker.")
    String bootstrapServers;

    @Option(names = "--only", paramLabel = "SECTION", split = ",",
            description = "Measure only these sections (comma-separated: ${COMPLETION-CANDIDATES}); "
                    + "the warm-up and the floor always run. Default: all.")
    Set<Bench.Section> only = EnumSet.noneOf(Bench.Section.class);

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || seconds <= 0 || pipelinePages < 1) {
            throw new IllegalArgumentException("--threads, --seconds and --pipeline-pages must be positive");
        }
        List<RawPage> corpus = pages == null ? Bench.defaultCorpus() : load(pages);
        long bytes = corpus.stream().mapToLong(RawPage::size).sum();
        Main.progressStream().printf(Locale.ROOT, "bench: %d pages, %.1f MB, %d thread(s), %.0f s per figure%n",
                corpus.size(), bytes / 1e6, threads, seconds);
        List<Figure> figures = new Bench(new Bench.Options(corpus, threads, seconds, Optional.ofNullable(bootstrapServers),
                pipelinePages, only, Main.progressStream(), BenchCommand::startPipeline)).run();
        spec.commandLine().getOut().print(BenchReport.table(figures));
        if (json != null) {
            Map<String, String> context = new LinkedHashMap<>();
            context.put("pages", pages == null ? "generated bench corpus" : pages.toString());
            context.put("page_count", Integer.toString(corpus.size()));
            context.put("megabytes", String.format(Locale.ROOT, "%.2f", bytes / 1e6));
            context.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
            context.put("java", System.getProperty("java.version"));
            Files.write(json, BenchReport.json(figures, context));
        }
        return 0;
    }

    private static List<RawPage> load(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException("no such file or directory: " + dir);
        }
        List<RawPage> out = new ArrayList<>();
        for (Path f : PageFiles.find(List.of(dir))) {
            out.add(PageFiles.read(f));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no pages under " + dir);
        }
        return out;
    }

    /** The whole pipeline with fresh topics and groups named after {@code run}, its data under {@code tmp}. */
    private static BenchPipeline startPipeline(Path tmp, String run, int threads, Optional<String> bootstrapServers) {
        Map<String, String> flags = new HashMap<>(Map.of(
                "kafka.data.dir", tmp.resolve("kafka").toString(),
                "sink.out.dir", tmp.resolve("out").toString(),
                "topics.raw", "bench-" + run + ".raw",
                "topics.transcripts", "bench-" + run + ".transcripts",
                "topics.rejected", "bench-" + run + ".rejected",
                "clean.application.id", "bench-" + run + "-clean",
                "sink.group.id", "bench-" + run + "-sink",
                "clean.threads", Integer.toString(threads),
                "kafka.partitions", Integer.toString(threads)));
        bootstrapServers.ifPresent(s -> flags.put("kafka.bootstrap.servers", s));
        Pipeline p = Pipeline.start(ConfigLoader.load(Optional.empty(), Map.of(), flags), Pipeline.Stages.ALL);
        return new BenchPipeline() {
            @Override
            public void pushPages(Iterable<RawPage> pages) {
                p.pushPages(pages);
            }

            @Override
            public void pushPaced(List<RawPage> pages, double perSecond) throws InterruptedException {
                p.pushPaced(pages, perSecond);
            }

            @Override
            public boolean awaitAccounted(Duration timeout, PrintStream progress) throws InterruptedException {
                return p.awaitAccounted(timeout, progress);
            }

            @Override
            public List<Long> latenciesNanos(List<String> urls) {
                return p.tally().latenciesNanos(urls.stream().map(p.normalizer()::key).toList());
            }

            @Override
            public void close() {
                p.close();
            }
        };
    }
}
