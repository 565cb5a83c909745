package dev.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptIdTest {

    @Test
    void sameArticleWrittenDifferentlyHasOneId() {
        assertThat(TranscriptId.of("HTTPS://News.Example:443/a/1?x=1#comments"))
                .isEqualTo(TranscriptId.of("https://news.example/a/1?x=1"));
    }

    @Test
    void differentPathsHaveDifferentIds() {
        assertThat(TranscriptId.of("https://news.example/a/1")).isNotEqualTo(TranscriptId.of("https://news.example/a/2"));
    }

    @Test
    void idIsSixteenLowercaseHexDigits() {
        assertThat(TranscriptId.of("file:///tmp/page.html")).matches("[0-9a-f]{16}");
    }

    @Test
    void normalizeKeepsPathCaseAndQuery() {
        assertThat(TranscriptId.normalize("http://EXAMPLE.com:80/Path/Page?Q=1")).isEqualTo("http://example.com/Path/Page?Q=1");
    }
}
