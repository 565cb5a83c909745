package dev.verbatim.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.Removal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Patterns in a rules file run in linear time: RE2/J for drop_patterns, backtracking shapes refused elsewhere. */
class UserPatternsTest {

    /**
     * {@code ((a+)+)+c} took 44 CPU-seconds on one 28-character block with java.util.regex; on
     * RE2/J a block 100 times longer is dropped or kept at once. The time itself is the bench's
     * business: this asserts the outcome, and the per-page CPU budget stays far from used.
     */
    @Test
    void exponentialDropPatternMatchesInLinearTime() {
        PageCleaner cleaner = new PageCleaner(RulesFile.parse("boilerplate:\n  drop_patterns: ['((a+)+)+c']\n", "x"));
        String block = "a".repeat(2800) + "!";
        String dropped = "aaac 这一段是要被规则删除的。";
        CleanResult r = cleaner.clean(new RawPage("https://p.example/a", "text/html; charset=utf-8", Instant.EPOCH,
                ("<h1>标题</h1><p>" + block + "</p><p>" + dropped + "</p>"
                        + "<p>这是一段足够长的正文内容，用来通过最短长度的检查。</p>").getBytes(StandardCharsets.UTF_8)));
        assertThat(((CleanResult.Cleaned) r).transcript().blocks()).extracting(b -> b.text())
                .containsExactly(block, "这是一段足够长的正文内容，用来通过最短长度的检查。");
        assertThat(((CleanResult.Cleaned) r).transcript().removed()).contains(new Removal("rule", dropped.length()));
    }

    @Test
    void dropPatternOutsideRe2SyntaxIsRefusedAtLoadNamingTheKey() {
        assertThatThrownBy(() -> RulesFile.parse("boilerplate:\n  drop_patterns: ['(?<=x)y']\n", "site.yaml"))
                .hasMessageContaining("boilerplate.drop_patterns: '(?<=x)y' is not an RE2 regular expression");
    }

    @ParameterizedTest
    @ValueSource(strings = {"((a+)+)+c", "(a*)*b", "(x+x+)+y", "(a|b+){2,}", "(\\w+\\s?)*:", "(.)\\1"})
    void backtrackingPatternsAreRefusedAtLoad(String pattern) {
        assertThatThrownBy(() -> RulesFile.parse("speakers:\n  not_speech: ['" + pattern + "']\n", "site.yaml"))
                .hasMessageContaining("speakers.not_speech: '" + pattern + "' is refused:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)?b", "(?:ab)+", "[(+*)]+x", "(a++)+b", "(?>a+)+b", "\\(a+\\)+", "(\\d{1,2}[:：]){2}"})
    void linearPatternsAreAccepted(String pattern) {
        assertThat(RulesFile.parse("speakers:\n  not_speech: ['" + pattern + "']\n", "site.yaml").speakers().notSpeech())
                .containsExactly(pattern);
    }
}
