package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.TranscriptId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

    private final UrlNormalizer n = new UrlNormalizer(List.of("utm_*", "fbclid"));

    @Test
    void lowerCasesSchemeAndHostDropsDefaultPortFragmentAndTracking() {
        assertThat(n.normalize("HTTPS://News.Example:443/A/b?id=7&utm_source=x&FBCLID=y#top"))
                .hasValue("https://news.example/A/b?id=7");
    }

    @Test
    void emptyPathBecomesSlashAndEmptyQueryIsDropped() {
        assertThat(n.normalize("http://news.example:80?utm_medium=rss")).hasValue("http://news.example/");
    }

    @Test
    void resolvesRelativeLinks() {
        assertThat(n.resolve("http://news.example/city/index.html", "../news/a1.html#c"))
                .hasValue("http://news.example/news/a1.html");
    }

    @Test
    void refusesNonHttpSchemes() {
        assertThat(n.normalize("mailto:desk@news.example")).isEmpty();
        assertThat(n.normalize("javascript:void(0)")).isEmpty();
        assertThat(n.normalize("ftp://news.example/x")).isEmpty();
    }

    @Test
    void variantsOfOneArticleHaveOneKeyAndOneTranscriptId() {
        List<String> variants = List.of("https://news.example/a/1?b=2&a=1",
                "https://News.Example:443/a/./1?a=1&utm_source=feed&b=2&utm_medium=rss",
                "https://news.example/a/1?fbclid=XYZ&a=1&b=2#comments",
                " https://news.example/x/../a/1?a=1&b=2 ");
        assertThat(variants.stream().map(n::key).distinct()).containsExactly("https://news.example/a/1?a=1&b=2");
        assertThat(variants.stream().map(n::key).map(TranscriptId::of).distinct()).hasSize(1);
    }

    @Test
    void keysFileUrlsAndKeepsWhatItCannotParse() {
        assertThat(n.key("file:///tmp/a%20b.html")).isEqualTo("file:///tmp/a%20b.html");
        assertThat(n.key("  not a url  ")).isEqualTo("not a url");
    }

    @Test
    void keyIsIdempotentAndTranscriptIdLeavesKeysAsTheyAre() {
        for (String u : List.of("HTTP://例子.中国:80/新闻/1?utm_x=1&q=漢字", "https://x.example/%7Euser/a%2fb?", "file:/tmp/x y.html")) {
            String k = n.key(u);
            assertThat(n.key(k)).isEqualTo(k);
            assertThat(TranscriptId.normalize(k)).isEqualTo(k);
        }
    }
}
