package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The split-up alternatives must answer exactly as the single pattern {@code a|b|c} does. */
class AlternativesTest {

    private static final List<String> RULES = List.of("免责声明", "ICP备", "^Copyright\\b", "^©",
            "(?i:^disclaimer\\b)", "(?i:transcripts?\\b.{0,80}\\bmay (?:contain|not be)\\b)",
            "(?i:\\bmay not be (?:reproduced|republished)\\b)", "[0-9]", "By\\s", "(?i:abc)?xyz", "(?i:foo)|bar");

    private static final List<String> TEXTS = List.of("", "Copyright 2024 Example", "All text © us", "© 2024",
            "DISCLAIMER: none", "This TRANSCRIPT may contain errors.", "Transcripts here may not be final",
            "It may not be Reproduced.", "免责声明：本文", "沪ICP备123号", "no match at all", "By Jane",
            "xyz alone", "a bar here", "FOO", "transcript without the verb", "Kelvin \u212Aelvin");

    @Test
    void foundInAgreesWithOneCombinedPattern() {
        Alternatives alternatives = Alternatives.of(RULES);
        Pattern combined = Pattern.compile(String.join("|", RULES));
        for (String text : TEXTS) {
            assertThat(alternatives.foundIn(text)).as(text).isEqualTo(combined.matcher(text).find());
        }
    }

    @Test
    void startsInAgreesWithTheAnchoredCombinedPattern() {
        Alternatives alternatives = Alternatives.of(RULES);
        Pattern combined = Pattern.compile("^(?:" + String.join("|", RULES) + ")");
        for (String text : TEXTS) {
            assertThat(alternatives.startsIn(text)).as(text).isEqualTo(combined.matcher(text).find());
        }
    }

    @Test
    void noAlternativesMatchNothing() {
        assertThat(Alternatives.of(List.of()).foundIn("anything")).isFalse();
        assertThat(Alternatives.of(List.of()).startsIn("anything")).isFalse();
    }
}
