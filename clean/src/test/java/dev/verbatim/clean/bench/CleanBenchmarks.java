package dev.verbatim.clean.bench;

import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.steps.Decoded;
import dev.verbatim.clean.steps.MainContentExtractor;
import dev.verbatim.clean.steps.PageDecoder;
import dev.verbatim.clean.steps.StepOutcome;
import dev.verbatim.model.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of the hot steps, each over the whole page set per invocation so that the
 * figure is milliseconds per page set. Pages come from {@code -Dbench.pages=DIR} (for example the
 * extraction benchmark's {@code html} folder) or, without it, from a few generated pages. Not part
 * of {@code mvn verify}; see BENCHMARKS.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CleanBenchmarks {

    private List<RawPage> pages;
    private List<String> html;
    private final PageDecoder decoder = new PageDecoder();
    private final MainContentExtractor extractor = new MainContentExtractor(dev.verbatim.clean.CleanSettings.defaults().extraction());
    private PageCleaner cleaner;

    @Setup(Level.Trial)
    public void load() throws IOException {
        String dir = System.getProperty("bench.pages");
        pages = dir == null ? generated() : read(Path.of(dir));
        html = new ArrayList<>();
        for (RawPage p : pages) {
            if (decoder.decode(p) instanceof StepOutcome.Ok<Decoded> ok) {
                html.add(ok.value().text());
            }
        }
        cleaner = new PageCleaner(CleanSettings.defaults());
    }

    @Benchmark
    public void decode(Blackhole bh) {
        for (RawPage p : pages) {
            bh.consume(decoder.decode(p));
        }
    }

    @Benchmark
    public void jsoupParse(Blackhole bh) {
        for (String h : html) {
            bh.consume(Jsoup.parse(h));
        }
    }

    @Benchmark
    public void parseAndExtract(Blackhole bh) {
        for (String h : html) {
            Document d = Jsoup.parse(h);
            bh.consume(extractor.extract(d));
        }
    }

    @Benchmark
    public void cleanPage(Blackhole bh) {
        for (RawPage p : pages) {
            bh.consume(cleaner.clean(p));
        }
    }

    private static List<RawPage> read(Path dir) throws IOException {
        List<RawPage> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                byte[] body;
                try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
                        : Files.newInputStream(f)) {
                    body = in.readAllBytes();
                }
                out.add(new RawPage(f.toUri().toString(), "text/html", Instant.EPOCH, body));
            }
        }
        return out;
    }

    private static List<RawPage> generated() {
        List<RawPage> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StringBuilder sb = new StringBuilder("<html><head><title>Page ").append(i).append("</title></head><body>");
            sb.append("<nav>").append("<a href='/x'>Section</a> ".repeat(30)).append("</nav><article><h1>Headline ")
                    .append(i).append("</h1>");
            for (int p = 0; p < 30; p++) {
                sb.append(i % 2 == 0 ? "<p><strong>主持人：</strong>我们今天谈谈城市里的变化，以及人工智能对工作的影响。</p>"
                        : "<p>The council said on Monday that the new timetable would start in spring, after talks.</p>");
            }
            sb.append("</article><footer>© 2026</footer></body></html>");
            out.add(new RawPage("https://bench.example/" + i, "text/html; charset=utf-8", Instant.EPOCH,
                    sb.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }
}
