package dev.verbatim.clean.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders a Markdown page (CommonMark, raw HTML allowed) into an HTML document for the HTML
 * pipeline. The YAML front matter becomes the document's head, as a publisher's {@code <meta>}
 * tags would carry it: {@code title} as {@code <title>} and {@code og:title}, the date as
 * {@code article:published_time}, the authors as JSON-LD {@code author}, categories and tags as
 * {@code keywords}, the language as {@code <html lang>}. The body's markup is shaped first by
 * {@link MarkdownShaper} (headline, label lines, link-only lines).
 *
 * <p>Thread-safe: the CommonMark parser and renderer are immutable and shared.
 */
public final class MarkdownRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    /** Creates a renderer; it has no configuration. */
    public MarkdownRenderer() {}

    /** The HTML document of the Markdown {@code text} fetched from {@code url}; never fails. */
    public Document render(String text, String url) {
        FrontMatter.Split split = FrontMatter.split(text);
        FrontMatter meta = split.meta();
        Node markdown = PARSER.parse(split.body());
        MarkdownShaper.shape(markdown, meta.title());
        Document doc = Jsoup.parse("<html><head></head><body>" + RENDERER.render(markdown) + "</body></html>", url);
        head(doc, meta);
        return doc;
    }

    private static void head(Document doc, FrontMatter meta) {
        Element head = doc.head();
        meta.title().ifPresent(t -> {
            head.appendElement("title").text(t);
            metaTag(head, "property", "og:title", t);
        });
        meta.date().ifPresent(d -> metaTag(head, "property", "article:published_time", d));
        if (!meta.tags().isEmpty()) {
            metaTag(head, "name", "keywords", String.join(", ", meta.tags()));
        }
        meta.lang().ifPresent(l -> doc.selectFirst("html").attr("lang", l));
        jsonLd(meta.authors()).ifPresent(json ->
                head.appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(json)));
    }

    private static void metaTag(Element head, String key, String name, String content) {
        head.appendElement("meta").attr(key, name).attr("content", content);
    }

    /** A JSON-LD article naming every author (a meta tag holds only one). */
    private static Optional<String> jsonLd(List<String> authors) {
        if (authors.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode article = JSON.createObjectNode().put("@type", "Article");
        ArrayNode names = article.putArray("author");
        authors.forEach(a -> names.addObject().put("@type", "Person").put("name", a));
        return Optional.of(article.toString());
    }
}
