package dev.verbatim.app.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.StepTimer;
import dev.verbatim.model.RawPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs every measurement of {@code verbatim bench} on one set of pages, in one process: the Jsoup
 * floor, the cleaning core, its scaling over threads, script conversion, the pipeline through a
 * broker, and memory. Figures are comparable with each other because they share the run.
 *
 * <p>Not thread-safe; run once.
 */
public final class Bench {

    /** What to measure on and how long. */
    public record Options(List<RawPage> pages, int threads, double secondsPerFigure, Optional<String> bootstrapServers,
            int pipelinePages, Set<Section> sections, PrintStream progress, BenchPipeline.Starter pipelines) {
        public Options {
            sections = sections.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(sections);
        }
    }

    /** The parts of the run; the warm-up and the floor always run, since every ratio is to the floor. */
    public enum Section { CORE, SCALING, SCRIPT, PIPELINE, MEMORY }

    /** The fewest pages pushed through the pipeline before its rate is measured. */
    private static final int MIN_PIPELINE_WARM_UP = 100;
    /** The longest a warm-up may take before measuring anyway. */
    private static final double WARM_UP_MAX_SECONDS = 60;

    private final Options opts;
    private final Rates rates;
    private final List<Figure> figures = new ArrayList<>();
    private final PageCleaner cleaner = new PageCleaner(CleanSettings.defaults());
    private double floor;

    public Bench(Options opts) {
        this.opts = opts;
        this.rates = new Rates(opts.secondsPerFigure());
    }

    /** The default corpus: generated Chinese and English news pages (see {@link BenchCorpus}). */
    public static List<RawPage> defaultCorpus() {
        return BenchCorpus.generate(80);
    }

    public List<Figure> run() throws Exception {
        List<RawPage> pages = opts.pages();
        say("warm-up: parse and clean until the JIT settles");
        rates.warmUp(pages, p -> cleaner.clean(p), WARM_UP_MAX_SECONDS);
        rates.warmUp(pages, Bench::parse, WARM_UP_MAX_SECONDS);
        Map<String, Consumer<RawPage>> sideBySide = new LinkedHashMap<>();
        sideBySide.put("parse", Bench::parse);
        sideBySide.put("parse+text", p -> parse(p).body().text());
        if (wanted(Section.CORE)) {
            sideBySide.put("core", cleaner::clean);
        }
        say("floor" + (wanted(Section.CORE) ? " and core (1 thread), passes alternating" : "") + ": Jsoup parse");
        Map<String, Rates.Rate> measured = rates.measureInterleaved(pages, sideBySide);
        floor = measured.get("parse").pagesPerSecond();
        add("floor", "Jsoup parse only", floor, "pages/s");
        add("floor", "Jsoup parse + body().text()", measured.get("parse+text").pagesPerSecond(), "pages/s");
        if (wanted(Section.CORE)) {
            Rates.Rate core = measured.get("core");
            add("core", "clean, 1 thread", core.pagesPerSecond(), "pages/s");
            figures.add(new Figure("core", "clean, 1 thread (bytes)", core.megabytesPerSecond(), "MB/s", Optional.empty()));
            shares(pages);
        }
        if (wanted(Section.SCALING)) {
            scaling(pages);
        }
        if (wanted(Section.SCRIPT)) {
            script(pages);
        }
        if (wanted(Section.PIPELINE)) {
            pipeline(pages);
        }
        if (wanted(Section.MEMORY)) {
            memory();
        }
        return List.copyOf(figures);
    }

    private boolean wanted(Section section) {
        return opts.sections().contains(section);
    }

    /** The share of each step in the core's time, from a timed pass over the pages. */
    private void shares(List<RawPage> pages) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        StepTimer timer = (step, n) -> nanos.merge(step, n, Long::sum);
        long start = System.nanoTime();
        while (System.nanoTime() - start < opts.secondsPerFigure() * 1e9) {
            pages.forEach(p -> cleaner.clean(p, timer));
        }
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        nanos.forEach((step, n) -> figures.add(new Figure("core", "time share: " + step, 100.0 * n / total, "%",
                Optional.empty())));
    }

    private void scaling(List<RawPage> pages) throws Exception {
        for (int t = 1; t <= opts.threads(); t++) {
            say("scaling: " + t + " thread(s)");
            add("scaling", "clean, " + t + " thread(s)", rates.measureParallel(pages, cleaner::clean, t).pagesPerSecond(),
                    "pages/s");
        }
    }

    private void script(List<RawPage> pages) {
        say("script: OpenCC");
        List<String> texts = new ArrayList<>();
        for (RawPage p : pages) {
            String text = parse(p).body().text();
            if (text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() > 50) {
                texts.add(text);
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        figures.add(new Figure("script", "OpenCC toSimple", charsPerSecond(texts, chars, ZhConverterUtil::toSimple),
                "chars/s", Optional.empty()));
        figures.add(new Figure("script", "script detection (char scan)",
                charsPerSecond(texts, chars, ZhConverterUtil::isTraditional), "chars/s", Optional.empty()));
    }

    private double charsPerSecond(List<String> texts, long chars, Consumer<String> action) {
        texts.forEach(action);
        long start = System.nanoTime();
        long done = 0;
        while (System.nanoTime() - start < opts.secondsPerFigure() * 1e9) {
            texts.forEach(action);
            done += chars;
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }

    private void pipeline(List<RawPage> pages) throws Exception {
        say("pipeline: starting " + opts.bootstrapServers().map(s -> "on " + s).orElse("an embedded broker"));
        Path tmp = Files.createTempDirectory("verbatim-bench");
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (BenchPipeline p = opts.pipelines().start(tmp, run, opts.threads(), opts.bootstrapServers())) {
            warmUp(p, pages);
            say("pipeline: maximum rate");
            ThreadCpu cpu = ThreadCpu.start();
            long start = System.nanoTime();
            p.pushPages(lazyCopies(pages, opts.pipelinePages(), "max"));
            p.awaitAccounted(Duration.ofMinutes(10), opts.progress());
            double max = opts.pipelinePages() / ((System.nanoTime() - start) / 1e9);
            add("pipeline", "end to end, maximum", max, "pages/s");
            cpu.sharesOfCores().forEach((part, share) ->
                    figures.add(new Figure("pipeline", "CPU share: " + part, share, "% of cores", Optional.empty())));
            latency(p, pages, max / 2);
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * Pushes batches of the corpus through the pipeline until two batches in a row run at rates
     * within 5 % of each other (the JIT has compiled the Kafka, broker and sink paths too), or
     * {@link #WARM_UP_MAX_SECONDS} pass.
     */
    private void warmUp(BenchPipeline p, List<RawPage> pages) throws Exception {
        say("pipeline: warm-up until its rate settles (the JIT compiles the Kafka paths too)");
        int batch = Math.max(MIN_PIPELINE_WARM_UP, pages.size());
        long start = System.nanoTime();
        Settling settling = new Settling();
        for (int round = 0; !settling.settled() && System.nanoTime() - start < WARM_UP_MAX_SECONDS * 1e9; round++) {
            long batchStart = System.nanoTime();
            ThreadCpu cpu = ThreadCpu.start();
            p.pushPages(lazyCopies(pages, batch, "warmup" + round));
            p.awaitAccounted(Duration.ofMinutes(10), opts.progress());
            double rate = batch / ((System.nanoTime() - batchStart) / 1e9);
            say(String.format(Locale.ROOT, "pipeline: warm-up round %d: %.1f pages/s, JIT compilers %.0f %% of cores",
                    round + 1, rate, cpu.sharesOfCores().get("JIT compilers")));
            settling.pass(rate);
        }
    }

    private void latency(BenchPipeline p, List<RawPage> pages, double rate) throws Exception {
        int n = (int) Math.max(20, Math.min(rate * opts.secondsPerFigure() * 2, 2000));
        say(String.format(Locale.ROOT, "pipeline: latency at %.0f pages/s (%d pages)", rate, n));
        List<RawPage> paced = copies(pages, n, "paced");
        p.pushPaced(paced, rate);
        p.awaitAccounted(Duration.ofMinutes(10), opts.progress());
        List<Long> lat = new ArrayList<>(p.latenciesNanos(paced.stream().map(RawPage::url).toList()));
        lat.sort(null);
        figures.add(new Figure("pipeline", "offered rate (half of maximum)", rate, "pages/s", Optional.empty()));
        for (int pct : new int[] {50, 95, 99}) {
            double ms = lat.isEmpty() ? Double.NaN : lat.get(Math.min(lat.size() - 1, lat.size() * pct / 100)) / 1e6;
            figures.add(new Figure("pipeline", "produce -> stored p" + pct, ms, "ms", Optional.empty()));
        }
    }

    private void memory() {
        figures.add(new Figure("memory", "peak heap", Memory.peakHeapBytes() / 1048576.0, "MiB", Optional.empty()));
        Memory.peakRssBytes().ifPresent(b ->
                figures.add(new Figure("memory", "peak RSS (whole process)", b / 1048576.0, "MiB", Optional.empty())));
    }

    /**
     * {@code n} copies of {@code pages} cycled (distinct URLs, so none is compacted away), each made
     * only when the producer asks for it: holding them all would measure the GC.
     */
    private static Iterable<RawPage> lazyCopies(List<RawPage> pages, int n, String tag) {
        return () -> IntStream.range(0, n).mapToObj(i -> copy(pages, i, tag)).iterator();
    }

    private static RawPage copy(List<RawPage> pages, int i, String tag) {
        RawPage p = pages.get(i % pages.size());
        return p.withUrl(p.url() + (p.url().contains("?") ? "&" : "?") + "bench=" + tag + "-" + i);
    }

    /** Copies {@code 0..n} of {@code pages} cycled, each with a distinct URL so none is compacted away. */
    private static List<RawPage> copies(List<RawPage> pages, int n, String tag) {
        List<RawPage> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(copy(pages, i, tag));
        }
        return out;
    }

    private static Document parse(RawPage p) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(p.body()), null, p.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String section, String name, double pagesPerSecond, String unit) {
        figures.add(new Figure(section, name, pagesPerSecond, unit,
                floor > 0 ? Optional.of(pagesPerSecond / floor) : Optional.empty()));
    }

    private void say(String what) {
        opts.progress().println("bench: " + what);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
