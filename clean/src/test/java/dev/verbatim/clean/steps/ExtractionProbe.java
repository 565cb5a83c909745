package dev.verbatim.clean.steps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Test-scope debugging aid: prints the chosen element's path and removals for one page. */
final class ExtractionProbe {

    private ExtractionProbe() {}

    private static void printCandidates(Document doc) {
        BoilerplateHints hints = new BoilerplateHints(dev.verbatim.clean.CleanSettings.defaults().extraction());
        BoilerplateScanner.Marks marks = new BoilerplateScanner(hints).scan(doc.body(), new BoilerplateTally());
        MainContentStats stats = MainContentStats.measure(doc.body(), marks.allSet());
        Element top = new MainContentScorer(hints).pick(doc.body(), stats, marks.articles());
        java.util.List<Element> all = new java.util.ArrayList<>(doc.body().getAllElements());
        all.removeIf(e -> !stats.of(e).scored);
        all.sort(java.util.Comparator.comparingDouble((Element e) -> -stats.of(e).score));
        for (Element e : all.subList(0, Math.min(12, all.size()))) {
            MainContentStats.Stat s = stats.of(e);
            System.out.printf(java.util.Locale.ROOT, "%8.1f chars=%d ld=%.2f %s.%s#%s%n", s.score, s.chars,
                    s.linkDensity(), e.normalName(), e.className(), e.id());
        }
        System.out.println("TOP " + top.normalName() + "." + top.className() + " " + stats.of(top).score);
        marks.unlikely().forEach((e, r) -> { if (stats.of(e) != null) System.out.println("  UNLIKELY " + r + " " + e.normalName() + "." + e.className() + "#" + e.id()); });
    }

    public static void main(String[] args) throws IOException {
        String html = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html, "http://example.com/");
        if (args.length > 1) {
            printCandidates(Jsoup.parse(html, "http://example.com/"));
        }
        Extraction x = new MainContentExtractor(dev.verbatim.clean.CleanSettings.defaults().extraction()).extract(doc);
        StringBuilder path = new StringBuilder();
        for (Element e = x.content(); e != null; e = e.parent()) {
            path.insert(0, " > " + e.normalName() + "." + e.className() + "#" + e.id());
        }
        System.out.println(path);
        System.out.println(x.removed());
        String text = ReaderText.render(x.content());
        System.out.println(text.length() > 3000 ? text.substring(0, 3000) : text);
    }
}
