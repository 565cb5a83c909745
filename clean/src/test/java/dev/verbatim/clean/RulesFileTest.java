package dev.verbatim.clean;

import dev.verbatim.clean.steps.ScriptPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RulesFileTest {

    @Test
    void defaultsAreSimplifiedAndTwentyChars() {
        CleanSettings d = CleanSettings.defaults();
        assertThat(d.scriptPolicy()).isEqualTo(ScriptPolicy.HANS);
        assertThat(d.minChars()).isEqualTo(20);
    }

    @Test
    void overrideChangesOneKeyAndKeepsTheOthers() {
        CleanSettings r = RulesFile.parse("script:\n  policy: hant\n", "hant.yaml");
        assertThat(r.scriptPolicy()).isEqualTo(ScriptPolicy.HANT);
        assertThat(r.minChars()).isEqualTo(20);
    }

    @Test
    void unknownKeyIsNamedWithItsPath() {
        assertThatThrownBy(() -> RulesFile.parse("script:\n  polcy: hant\n", "x.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rules key 'script.polcy' in x.yaml");
    }

    @Test
    void badValueIsNamed() {
        assertThatThrownBy(() -> RulesFile.parse("content:\n  min_chars: -3\n", "x.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("content.min_chars must be >= 0, was -3");
        assertThatThrownBy(() -> RulesFile.parse("script:\n  policy: klingon\n", "x.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("script.policy");
    }

    @Test
    void sectionGivenAsValueIsRefused() {
        assertThatThrownBy(() -> RulesFile.parse("script: hant\n", "x.yaml"))
                .hasMessage("rules key 'script' in x.yaml must be a map");
    }

    @Test
    void yamlRoundTripsAndCanonicalTextIsStable() {
        CleanSettings r = RulesFile.parse("script:\n  policy: keep\n", "x.yaml");
        assertThat(RulesFile.parse(RulesFile.toYaml(r), "shown")).isEqualTo(r);
        assertThat(RulesFile.canonical(r)).isEqualTo(RulesFile.canonical(RulesFile.parse(RulesFile.toYaml(r), "again")));
        assertThat(RulesFile.canonical(r)).isNotEqualTo(RulesFile.canonical(CleanSettings.defaults()));
        assertThat(RulesFile.toYaml(r)).contains("policy: keep");
    }

    @Test
    void badDropPatternIsNamed() {
        assertThatThrownBy(() -> RulesFile.parse("boilerplate:\n  drop_patterns: ['(unclosed']\n", "x.yaml"))
                .hasMessageContaining("boilerplate.drop_patterns: '(unclosed' is not an RE2 regular expression");
    }

    @Test
    void dropPatternRemovesMatchingBlockAndRecordsIt() {
        String html = "<html><body><article><h1>Harbour news</h1><p>The harbour reopened on Monday after a long winter"
                + " of repairs to the old sea wall.</p><p>Printed with support from the Harbour Fund and its many friends.</p></article></body></html>";
        dev.verbatim.model.RawPage page = new dev.verbatim.model.RawPage("https://x.example/h", "text/html",
                java.time.Instant.EPOCH, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PageCleaner plain = new PageCleaner(CleanSettings.defaults());
        PageCleaner ruled = new PageCleaner(RulesFile.parse("boilerplate:\n  drop_patterns: ['^Printed with support']\n", "x"));
        var before = ((CleanResult.Cleaned) plain.clean(page)).transcript();
        var after = ((CleanResult.Cleaned) ruled.clean(page)).transcript();
        assertThat(before.blocks()).anySatisfy(b -> assertThat(b.text()).startsWith("Printed with"));
        assertThat(after.blocks()).noneSatisfy(b -> assertThat(b.text()).startsWith("Printed with"));
        assertThat(after.removed()).anySatisfy(r -> assertThat(r.reason()).isEqualTo("rule"));
        assertThat(after.rulesVersion()).isNotEqualTo(before.rulesVersion());
    }

    @Test
    void emptyFileMeansDefaults() {
        assertThat(RulesFile.parse("", "empty.yaml")).isEqualTo(CleanSettings.defaults());
    }
}
