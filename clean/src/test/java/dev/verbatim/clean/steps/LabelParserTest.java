package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

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
}
