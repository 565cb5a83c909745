package dev.verbatim.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.clean.steps.BylineParser;
import dev.verbatim.clean.steps.LabelParser;
import dev.verbatim.clean.steps.MainContentExtractor;
import dev.verbatim.clean.steps.NoiseFilter;
import dev.verbatim.clean.steps.SourceBlock;
import dev.verbatim.clean.steps.TurnSegmenter;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Each section of the rules file reaches the step it tunes: overriding a key changes behaviour. */
class RulesSectionsTest {

    private static List<String> kept(CleanSettings rules, String... lines) {
        NoiseFilter filter = new NoiseFilter(rules.spam(), rules.boilerplate());
        return filter.filter(Arrays.stream(lines).map(SourceBlock::paragraph).toList()).blocks().stream()
                .map(SourceBlock::text).toList();
    }

    @Test
    void spamMinSeparatorsDecidesWhatIsStuffing() {
        String stuffed = "免费电影_在线观看_高清视频_午夜剧场_精品专区";
        assertThat(kept(CleanSettings.defaults(), stuffed, "正文。")).containsExactly("正文。");
        CleanSettings lax = RulesFile.parse("spam:\n  min_separators: 5\n", "x.yaml");
        assertThat(kept(lax, stuffed, "正文。")).containsExactly(stuffed, "正文。");
    }

    @Test
    void spamSeparatorsAreCharactersOfTheRules() {
        String stuffed = "免费电影~在线观看~高清视频~午夜剧场~精品专区";
        assertThat(kept(CleanSettings.defaults(), stuffed)).containsExactly(stuffed);
        assertThat(kept(RulesFile.parse("spam:\n  separators: '~'\n", "x.yaml"), stuffed)).isEmpty();
    }

    @Test
    void boilerplateDisclaimerPatternsReplaceTheBuiltInList() {
        String notice = "本文仅代表作者观点。";
        String own = "Views here are the writer's own.";
        assertThat(kept(CleanSettings.defaults(), notice, own)).containsExactly(own);
        CleanSettings rules = RulesFile.parse("boilerplate:\n  disclaimer_patterns: ['are the writer''s own']\n", "x.yaml");
        assertThat(kept(rules, notice, own)).containsExactly(notice);
    }

    @Test
    void boilerplateDisclaimerMaxCharsLimitsTheBlocksLookedAt() {
        String notice = "版权所有，未经许可不得使用本站内容。";
        CleanSettings rules = RulesFile.parse("boilerplate:\n  disclaimer_max_chars: 10\n", "x.yaml");
        assertThat(kept(CleanSettings.defaults(), notice)).isEmpty();
        assertThat(kept(rules, notice)).containsExactly(notice);
    }

    @Test
    void emptyPatternListMatchesNothing() {
        CleanSettings rules = RulesFile.parse("boilerplate:\n  widget_labels: []\n", "x.yaml");
        assertThat(kept(CleanSettings.defaults(), "Caption Close")).isEmpty();
        assertThat(kept(rules, "Caption Close")).containsExactly("Caption Close");
    }

    @Test
    void badSpamAndBoilerplateValuesAreNamed() {
        assertThatThrownBy(() -> RulesFile.parse("spam:\n  min_separators: 0\n", "x.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spam.min_separators must be >= 1, was 0");
        assertThatThrownBy(() -> RulesFile.parse("spam:\n  separators: ''\n", "x.yaml"))
                .hasMessageContaining("spam.separators");
        assertThatThrownBy(() -> RulesFile.parse("boilerplate:\n  navigation_link_density: 1.5\n", "x.yaml"))
                .hasMessageContaining("boilerplate.navigation_link_density must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> RulesFile.parse("boilerplate:\n  prompt_patterns: ['(open']\n", "x.yaml"))
                .hasMessageContaining("boilerplate.prompt_patterns: '(open' is not a regular expression");
        assertThatThrownBy(() -> RulesFile.parse("spam:\n  max_phrase_chars: lots\n", "x.yaml"))
                .hasMessageContaining("spam.max_phrase_chars");
    }
    @Test
    void metadataAuthorWordsNameTheAuthorMarkers() {
        CleanSettings rules = RulesFile.parse("metadata:\n  author_words: ['主笔']\n", "x.yaml");
        assertThat(new BylineParser(CleanSettings.defaults().metadata()).parse("主笔：张三").authors()).isEmpty();
        assertThat(new BylineParser(rules.metadata()).parse("主笔：张三").authors()).containsExactly("张三");
        assertThat(new BylineParser(rules.metadata()).parse("作者：张三").authors()).isEmpty();
    }

    @Test
    void metadataEditorPhrasesNameTheEditorLeadIns() {
        CleanSettings rules = RulesFile.parse("metadata:\n  editor_phrases: ['\\bCopy editor:\\s*']\n", "x.yaml");
        assertThat(new BylineParser(rules.metadata()).parse("Copy editor: Jane Doe").editors()).containsExactly("Jane Doe");
        assertThat(new BylineParser(rules.metadata()).parse("Edited by Jane Doe").editors()).isEmpty();
    }

    @Test
    void badMetadataValuesAreNamed() {
        assertThatThrownBy(() -> RulesFile.parse("metadata:\n  max_line_chars: -1\n", "x.yaml"))
                .hasMessageContaining("metadata.max_line_chars must be >= 0, was -1");
        assertThatThrownBy(() -> RulesFile.parse("metadata:\n  author_words: ['作者(']\n", "x.yaml"))
                .hasMessageContaining("metadata.author_words: '作者(' is not a regular expression");
        assertThatThrownBy(() -> RulesFile.parse("metadata:\n  not_names: ['  ']\n", "x.yaml"))
                .hasMessageContaining("metadata.not_names must not contain a blank word");
        assertThatThrownBy(() -> RulesFile.parse("metadata:\n  source_words: 来源\n", "x.yaml"))
                .hasMessageContaining("metadata.source_words");
    }
    private static List<String> segmented(CleanSettings rules, String... lines) {
        return new TurnSegmenter(rules.speakers()).segment(Arrays.stream(lines).map(SourceBlock::paragraph).toList())
                .blocks().stream().map(b -> b.type().wireName() + b.speaker().map(s -> "[" + s + "]").orElse("")).toList();
    }

    @Test
    void speakersMinLabelRepeatsDecidesWhenALabelIsASpeaker() {
        String[] lines = {"甲方：一。", "乙方：二。", "正文。"};
        assertThat(segmented(CleanSettings.defaults(), lines)).containsExactly("paragraph", "paragraph", "paragraph");
        CleanSettings once = RulesFile.parse("speakers:\n  min_label_repeats: 1\n", "x.yaml");
        assertThat(segmented(once, lines)).containsExactly("turn[甲方]", "turn[乙方]");
    }

    @Test
    void speakersMaxLabelCharsLimitsChineseLabels() {
        CleanSettings shortLabels = RulesFile.parse("speakers:\n  max_label_chars: 1\n", "x.yaml");
        assertThat(new LabelParser(CleanSettings.defaults().speakers()).parse("王芳：你好。")).isPresent();
        assertThat(new LabelParser(shortLabels.speakers()).parse("王芳：你好。")).isEmpty();
    }

    @Test
    void speakersQaMarkersAreWordsOfTheRules() {
        CleanSettings rules = RulesFile.parse("speakers:\n  qa_markers: ['记']\n", "x.yaml");
        assertThat(new LabelParser(CleanSettings.defaults().speakers()).isQaMarker("问")).isTrue();
        assertThat(new LabelParser(rules.speakers()).isQaMarker("问")).isFalse();
        assertThat(new LabelParser(rules.speakers()).isQaMarker("记")).isTrue();
    }

    @Test
    void badSpeakerValuesAreNamed() {
        assertThatThrownBy(() -> RulesFile.parse("speakers:\n  min_speakers: 0\n", "x.yaml"))
                .hasMessageContaining("speakers.min_speakers must be >= 1, was 0");
        assertThatThrownBy(() -> RulesFile.parse("speakers:\n  host_question_share: 2\n", "x.yaml"))
                .hasMessageContaining("speakers.host_question_share must be between 0 and 1, was 2.0");
    }
    private static String extracted(CleanSettings rules, String body) {
        return new MainContentExtractor(rules.extraction())
                .extract(Jsoup.parse("<html><body>" + body + "</body></html>", "https://x.example/"))
                .content().text();
    }

    @Test
    void extractionUnlikelyWordsNameBoilerplateContainers() {
        String article = "The harbour reopened on Monday after a long winter of repairs to the old sea wall and its gates.";
        String aside = "Harbour tours leave from the east quay every hour from ten until four in the afternoon.";
        String body = "<article><p>" + article + "</p><p>" + article + "</p><div class=\"xyzzy\"><p>" + aside
                + "</p></div></article>";
        CleanSettings rules = RulesFile.parse("extraction:\n  unlikely_words: [xyzzy]\n", "x.yaml");
        assertThat(extracted(CleanSettings.defaults(), body)).isEqualTo(article + " " + article + " " + aside);
        assertThat(extracted(rules, body)).isEqualTo(article + " " + article);
    }

    @Test
    void badExtractionValuesAreNamed() {
        assertThatThrownBy(() -> RulesFile.parse("extraction:\n  unlikely_words: [Footer]\n", "x.yaml"))
                .hasMessageContaining("extraction.unlikely_words must be lower-case, was 'Footer'");
        assertThatThrownBy(() -> RulesFile.parse("extraction:\n  min_content: -5\n", "x.yaml"))
                .hasMessageContaining("extraction.min_content must be >= 0, was -5");
    }
}
