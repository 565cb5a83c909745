package dev.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/a?b=1#c", "http://新闻.example/路径", "HTTPS://X.EXAMPLE", "https://x.example/😀"})
    void acceptsAbsoluteWebUrls(String url) {
        assertThat(PageUrl.defect(url, PageUrl.WEB)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "javascript:alert(1)|not an absolute http or https URL (scheme 'javascript')",
        "file:///../../etc/passwd|not an absolute http or https URL (scheme 'file')",
        "/relative/path|not an absolute http or https URL",
        "https:///nohost|the URL has no host",
        "https://x.example/a b|the URL has white space or a control character (U+0020) at index 19"})
    void refusesWhatIsNotAWebPageUrl(String url, String defect) {
        assertThat(PageUrl.defect(url, PageUrl.WEB)).contains(defect);
    }

    @org.junit.jupiter.api.Test
    void refusesEmptyHugeCrlfAndLoneSurrogateUrls() {
        assertThat(PageUrl.defect("", PageUrl.WEB)).contains("the URL is empty");
        assertThat(PageUrl.defect("https://x.example/" + "a".repeat(1_000_000), PageUrl.WEB))
                .contains("the URL has 1,000,018 characters, more than 4,096");
        assertThat(PageUrl.defect("https://x.example/a\r\nSet-Cookie: x", PageUrl.WEB))
                .contains("the URL has white space or a control character (U+000D) at index 19");
        assertThat(PageUrl.defect("https://x.example/\uD800a", PageUrl.WEB))
                .contains("the URL has a lone surrogate (U+D800) at index 18");
    }

    @org.junit.jupiter.api.Test
    void acceptsFileUrlsOnlyWhereAllowed() {
        assertThat(PageUrl.defect("file:///data/pages/a.html", PageUrl.WEB_AND_FILE)).isEqualTo(Optional.empty());
        assertThat(PageUrl.defect("file:///data/pages/a.html", PageUrl.WEB)).isPresent();
    }
}
