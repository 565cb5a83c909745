package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineParserTest {

    private final BylineParser parser = new BylineParser(dev.verbatim.clean.CleanSettings.defaults().metadata());

    @Test
    void readsAuthorAndEditorWithPipes() {
        Byline b = parser.parse("作者|郭一,编辑|李二");
        assertThat(b.authors() + "/" + b.editors()).isEqualTo("[郭一]/[李二]");
    }

    @Test
    void splitsNamesOnEverySlashForm() {
        assertThat(parser.parse("文／张三/李四∕王五").authors()).containsExactly("张三", "李四", "王五");
    }

    @Test
    void readsEnglishByAndEditedBy() {
        Byline b = parser.parse("By Jane Doe · Edited by John Roe · May 1, 2024");
        assertThat(b.authors() + "/" + b.editors()).isEqualTo("[Jane Doe]/[John Roe]");
    }

    @Test
    void readsSpaceSeparatedReporters() {
        assertThat(parser.parse("记者 王芳 李明 报道").authors()).containsExactly("王芳", "李明");
    }

    @Test
    void doesNotReadLowercaseByAsByline() {
        assertThat(parser.parse("By the time we arrived, it was over.").isEmpty()).isTrue();
    }

    @Test
    void doesNotReadQuestionAfterReporterLabelAsName() {
        assertThat(parser.parse("记者：当初为什么愿意回来接手？").isEmpty()).isTrue();
    }

    @Test
    void dropsDatelinePlaceAfterReporter() {
        assertThat(parser.parse("記者王小明／台北報導").authors()).containsExactly("王小明");
    }

    @Test
    void editorWordWithoutSeparatorIsNotAnEditorLine() {
        assertThat(parser.parse("编辑推荐").isEmpty()).isTrue();
    }

    @Test
    void readsTextAndPhotoByline() {
        assertThat(parser.parse("文/图 张三").authors()).containsExactly("张三");
    }

    @Test
    void dropsJobTitleAfterName() {
        assertThat(parser.parse("By Jane Doe, Staff Writer").authors()).containsExactly("Jane Doe");
    }
}
