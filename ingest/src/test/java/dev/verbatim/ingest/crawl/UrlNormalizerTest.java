package dev.verbatim.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

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
}
