package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownSnifferTest {

    private static final String PLAIN = "http://x.example/a.txt";

    @Test
    void markdownPathDecidesAlone() {
        assertThat(MarkdownSniffer.isMarkdown("https://x.example/notes/ep-3.md?raw=1", "just words")).isTrue();
        assertThat(MarkdownSniffer.isMarkdown("https://x.example/ep.markdown#top", "just words")).isTrue();
        assertThat(MarkdownSniffer.isMarkdown("https://x.example/md/page", "just words")).isFalse();
    }

    @Test
    void frontMatterDecides() {
        assertThat(MarkdownSniffer.isMarkdown(PLAIN, "---\ntitle: Hi\n---\nBody")).isTrue();
    }

    @Test
    void commonSyntaxDecidesButAStrayMarkDoesNot() {
        String labels = "**Ana** [0:01]\nHello.\n\n**Tom** [0:05]\nHi.\n\n**Ana** [0:09]\nBye.\n";
        assertThat(MarkdownSniffer.isMarkdown(PLAIN, labels)).isTrue();
        String plain = "第一行。\n第二行有 **一处** 加粗。\n#话题 不是标题\n" + "普通的一行。\n".repeat(10);
        assertThat(MarkdownSniffer.isMarkdown(PLAIN, plain)).isFalse();
    }

    @Test
    void fewMarksInALongTextAreNotEnough() {
        String text = "# Title\n\n[a](https://x.example/a)\n\n**b**\n\n" + "A plain sentence.\n".repeat(40);
        assertThat(MarkdownSniffer.isMarkdown(PLAIN, text)).isFalse();
        assertThat(MarkdownSniffer.isMarkdown(PLAIN, "# Title\n\n[a](https://x.example/a)\n\n**b**\n\nText.\n")).isTrue();
    }
}
