package dev.verbatim.clean.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs the extractor over the article-extraction-benchmark pages and writes one
 * {@code <id>.json} = {@code {"articleBody": ...}} per page, for
 * {@code /work/shared/tools/score_extraction.py}. Also times parse-only against parse+extract.
 */
final class ExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Page(String id, String url, String html, String truth) {}

    record Timing(double parsePagesPerSecond, double extractPagesPerSecond, double f1) {}

    private ExtractionBenchmark() {}

    static List<Page> load(Path dataset) throws IOException {
        JsonNode truth = JSON.readTree(dataset.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Path file = dataset.resolve("html").resolve(entry.getKey() + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                pages.add(new Page(entry.getKey(), entry.getValue().path("url").asText(), html,
                        entry.getValue().path("articleBody").asText()));
            }
        }
        return pages;
    }

    static Timing run(List<Page> pages, Path out, int rounds) throws IOException {
        MainContentExtractor extractor = new MainContentExtractor(dev.verbatim.clean.CleanSettings.defaults().extraction());
        Files.createDirectories(out);
        long parseNanos = 0;
        long extractNanos = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (Page p : pages) {
                Jsoup.parse(p.html(), p.url());
            }
            long t1 = System.nanoTime();
            for (Page p : pages) {
                Document doc = Jsoup.parse(p.html(), p.url());
                extractor.extract(doc);
            }
            long t2 = System.nanoTime();
            parseNanos = t1 - t0;
            extractNanos = t2 - t1;
        }
        ShingleScore score = new ShingleScore();
        for (Page p : pages) {
            String text = ReaderText.render(extractor.extract(Jsoup.parse(p.html(), p.url())).content());
            ObjectNode node = JSON.createObjectNode().put("articleBody", text);
            Files.writeString(out.resolve(p.id() + ".json"), JSON.writeValueAsString(node));
            score.add(p.truth(), text);
        }
        return new Timing(pages.size() * 1e9 / parseNanos, pages.size() * 1e9 / extractNanos,
                score.f1());
    }

    public static void main(String[] args) throws IOException {
        Path dataset = Path.of(args.length > 0 ? args[0]
                : "/work/shared/datasets/article-extraction-benchmark");
        Path out = Path.of(args.length > 1 ? args[1] : "target/extract-out");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Page> pages = load(dataset);
        Timing t = run(pages, out, rounds);
        System.out.println(String.format(Locale.ROOT,
                "pages=%d parse-only=%.1f pages/s parse+extract=%.1f pages/s F1=%.4f",
                pages.size(), t.parsePagesPerSecond(), t.extractPagesPerSecond(), t.f1()));
    }
}
