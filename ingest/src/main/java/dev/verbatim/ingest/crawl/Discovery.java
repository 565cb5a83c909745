package dev.verbatim.ingest.crawl;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds URLs in a fetched body: links of an HTML page (and the feeds it announces), entries of an
 * RSS/Atom feed (ROME), URLs of a sitemap including the news extension, and the sitemaps of a sitemap
 * index (crawler-commons). The format is told from the content, not the URL.
 *
 * <p>Stateless and thread-safe.
 */
final class Discovery {

    /** What a body points to: pages to fetch as articles, and more seeds (sitemaps, feeds). */
    record Found(List<String> pages, List<String> seeds) {
        static final Found NONE = new Found(List.of(), List.of());
    }

    /** What a body is. */
    enum Format { HTML, FEED, SITEMAP, OTHER }

    private Discovery() {
    }

    static Format format(byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return Format.SITEMAP;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return Format.FEED;
        }
        if (head.contains("<html") || head.contains("<!doctype html") || contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return Format.HTML;
        }
        return Format.OTHER;
    }

    static Found find(byte[] body, String contentType, String url) {
        switch (format(body, contentType)) {
            case SITEMAP:
                return sitemap(body, url);
            case FEED:
                return new Found(feed(body), List.of());
            case HTML:
                return html(body, contentType, url);
            default:
                return Found.NONE;
        }
    }

    /** Links of a page; {@code <link rel=alternate>} feeds become seeds. The charset comes from the header or the page. */
    static Found html(byte[] body, String contentType, String url) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), charsetOf(contentType), url);
        } catch (IOException | IllegalArgumentException e) {
            return Found.NONE;
        }
        List<String> pages = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String rel = a.attr("rel").toLowerCase(Locale.ROOT);
            if (!rel.contains("nofollow")) {
                pages.add(a.absUrl("href"));
            }
        }
        List<String> feeds = new ArrayList<>();
        for (Element link : doc.select("link[rel=alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom")) {
                feeds.add(link.absUrl("href"));
            }
        }
        return new Found(pages, feeds);
    }

    private static String charsetOf(String contentType) {
        int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (i < 0) {
            return null;
        }
        String cs = contentType.substring(i + 8).replace("\"", "").strip();
        int end = cs.indexOf(';');
        cs = end < 0 ? cs : cs.substring(0, end).strip();
        return java.nio.charset.Charset.isSupported(cs) ? cs : null;
    }

    static List<String> feed(byte[] body) {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            List<String> links = new ArrayList<>();
            for (SyndEntry e : new SyndFeedInput().build(reader).getEntries()) {
                if (e.getLink() != null) {
                    links.add(e.getLink());
                } else if (e.getUri() != null) {
                    links.add(e.getUri());
                }
            }
            return links;
        } catch (IOException | FeedException | IllegalArgumentException e) {
            return List.of();
        }
    }

    static Found sitemap(byte[] body, String url) {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        try {
            AbstractSiteMap map = parser.parseSiteMap("text/xml", body, URI.create(url).toURL());
            if (map instanceof SiteMapIndex index) {
                return new Found(List.of(), index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList());
            }
            if (map instanceof SiteMap sitemap) {
                return new Found(sitemap.getSiteMapUrls().stream().map(SiteMapURL::getUrl).map(Object::toString).toList(),
                        List.of());
            }
            return Found.NONE;
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return Found.NONE;
        }
    }
}
