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

    public static void main(String[] args) throws IOException {
        String html = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html, "http://example.com/");
        Extraction x = new MainContentExtractor().extract(doc);
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
