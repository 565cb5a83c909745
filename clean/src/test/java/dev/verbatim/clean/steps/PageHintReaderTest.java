package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageHintReaderTest {

    private final PageHintReader reader = new PageHintReader(dev.verbatim.clean.CleanSettings.defaults().dates(),
            dev.verbatim.clean.CleanSettings.defaults().metadata());

    @Test
    void readsJsonLdPublicationTimeAndAuthors() {
        PageHints h = reader.read(Jsoup.parse("<script type='application/ld+json'>{\"@graph\":[{\"datePublished\":"
                + "\"2024-01-02T03:04:05Z\",\"author\":[{\"name\":\"Ann Lee\"}]}]}</script>"));
        assertThat(h.published() + "/" + h.authors()).isEqualTo("[JSON_LD:2024-01-02T03:04:05Z]/[Ann Lee]");
    }

    @Test
    void prefersHeadlineNamedByPageTitle() {
        PageHints h = reader.read(Jsoup.parse("<title>真正的标题_某网</title><h1>某网</h1><h1>真正的标题</h1>"));
        assertThat(h.headline()).contains("真正的标题");
    }

    @Test
    void toleratesBrokenJsonLd() {
        assertThat(reader.read(Jsoup.parse("<script type='application/ld+json'>{oops</script>")).published()).isEmpty();
    }

    @Test
    void collectsShortBylineTexts() {
        assertThat(reader.read(Jsoup.parse("<p class='editor'>责任编辑：孙七</p>")).metaLines()).containsExactly("责任编辑：孙七");
    }

    @Test
    void ignoresDatesInsideComments() {
        assertThat(reader.read(Jsoup.parse("<div class='comments'><p>2024-11-18 11:02 网友</p></div>")).metaLines()).isEmpty();
    }
}
