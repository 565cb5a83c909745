package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLineSplitterTest {

    private final TextLineSplitter splitter = new TextLineSplitter();

    @Test
    void splitsHeadingGluedToPreviousLine() {
        assertThat(splitter.split("以下为记者与受访者的对话实录: 开场白与第一个问题")).extracting(SourceBlock::text)
                .containsExactly("以下为记者与受访者的对话实录:", "开场白与第一个问题");
    }

    @Test
    void keepsSpeakerLineWhole() {
        assertThat(splitter.split("王芳: 你好吗")).extracting(SourceBlock::text).containsExactly("王芳: 你好吗");
    }

    @Test
    void dropsBlankLinesAndCollapsesSpaces() {
        assertThat(splitter.split("  甲   乙 \n\n\r\n丙")).extracting(SourceBlock::text).containsExactly("甲 乙", "丙");
    }

    @Test
    void readsPhotoCreditLineAsCaption() {
        assertThat(splitter.split("张三在实验室,视频截图")).extracting(SourceBlock::kind)
                .containsExactly(SourceKind.CAPTION);
    }
}
