package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelParserTest {

    private final LabelParser parser = new LabelParser(dev.verbatim.clean.CleanSettings.defaults().speakers());

    private String label(String text) {
        return parser.parse(text).map(m -> m.label() + "|" + m.rest()).orElse("none");
    }

    @Test
    void readsChineseLabelWithFullWidthColon() {
        assertThat(label("王芳：你好。")).isEqualTo("王芳|你好。");
    }

    @Test
    void dropsRoleWordBeforeName() {
        assertThat(parser.parse("主持人 王芳：欢迎。").map(LabelMatch::role)).contains("主持人");
    }

    @Test
    void stripsTimestampAfterEnglishName() {
        assertThat(label("Jane Doe (00:12:31): Thanks for coming.")).isEqualTo("Jane Doe|Thanks for coming.");
    }

    @Test
    void readsQuestionMarker() {
        assertThat(label("问：怎么办？")).isEqualTo("问|怎么办？");
    }

    @Test
    void readsLabelStandingAlone() {
        assertThat(label("李长河：")).isEqualTo("李长河|");
    }

    @Test
    void rejectsSpeechVerb() {
        assertThat(label("他说：“好。”")).isEqualTo("none");
    }

    @Test
    void rejectsExampleLead() {
        assertThat(label("举个例子：一栋厂房。")).isEqualTo("none");
    }

    @Test
    void rejectsLongSentenceBeforeColon() {
        assertThat(label("以下为两位嘉宾的完整对话实录：")).isEqualTo("none");
    }

    @Test
    void readsRoleInParenthesesAfterName() {
        assertThat(parser.parse("王芳（主持人）：欢迎。").map(m -> m.label() + "|" + m.role())).contains("王芳|主持人");
    }

    @Test
    void readsCapitalLetterLabel() {
        assertThat(label("EZRA KLEIN: Welcome to the show.")).isEqualTo("EZRA KLEIN|Welcome to the show.");
    }

    @Test
    void readsLatinLabelWithFullWidthColon() {
        assertThat(label("Pinho：中国的能源需求还在增长。")).isEqualTo("Pinho|中国的能源需求还在增长。");
        assertThat(label("NBD：您怎么看？")).isEqualTo("NBD|您怎么看？");
    }

    @Test
    void readsOutletLabelInTitleMarks() {
        assertThat(label("《21世纪》：这意味着怎样的机会？")).isEqualTo("《21世纪》|这意味着怎样的机会？");
    }

    @Test
    void readsRoleWordGluedToName() {
        assertThat(parser.parse("主持人王芳：欢迎。").map(m -> m.label() + "|" + m.role())).contains("王芳|主持人");
    }

    @Test
    void readsNameAndTimestampAloneInEveryPodcastForm() {
        assertThat(List.of("Jane Doe (00:01:02)", "Jane Doe [1:02]", "Jane Doe 00:01:02", "**Jane Doe** [1:02]",
                "Jane Doe - 1:02:03")).extracting(this::label)
                .containsOnly("Jane Doe|");
    }

    @Test
    void dropsTimestampBeforeLabel() {
        assertThat(label("[00:01:02] Jane Doe: Hello again.")).isEqualTo("Jane Doe|Hello again.");
        assertThat(label("00:01:02 Jane Doe: Hello again.")).isEqualTo("Jane Doe|Hello again.");
    }

    @Test
    void nameWithoutColonOrTimestampIsNoLabel() {
        assertThat(List.of("Jane Doe", "Chapter 12", "Jane Doe said it at 1:02 yesterday")).extracting(this::label)
                .containsOnly("none");
    }

    @Test
    void contactLineIsNoLabel() {
        assertThat(label("Benjamin Romano: 206-652-6593 or bromano@example.com")).isEqualTo("none");
        assertThat(label("Benjamin Romano: bromano@example.com")).isEqualTo("none");
    }

    @Test
    void readsTimestampBeforeABareName() {
        assertThat(label("[00:01:02] Jane Doe")).isEqualTo("Jane Doe|");
        assertThat(label("[00:01:02] the talk begins")).isEqualTo("none");
    }

    @Test
    void readsLabelInCornerBrackets() {
        assertThat(label("「記者」：你怎麼看？")).isEqualTo("「記者」|你怎麼看？");
    }
}
