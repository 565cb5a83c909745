package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Block;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnSegmenterTest {

    private final TurnSegmenter segmenter = new TurnSegmenter(dev.verbatim.clean.CleanSettings.defaults().speakers());

    private List<String> segment(String... lines) {
        return segmenter.segment(Arrays.stream(lines).map(SourceBlock::paragraph).toList()).blocks().stream()
                .map(b -> b.type().wireName() + b.speaker().map(s -> "[" + s + "]").orElse("") + ":" + b.text())
                .toList();
    }

    @Test
    void joinsContinuationParagraphsIntoTurn() {
        assertThat(segment("甲方：一。", "二。", "乙方：三。", "甲方：四。", "乙方：五。"))
                .startsWith("turn[甲方]:一。\n二。");
    }

    @Test
    void labelAloneStartsTheFollowingTurn() {
        assertThat(segment("甲方：", "一。", "乙方：二。", "甲方：三？", "乙方：四。")).startsWith("turn[甲方]:一。");
    }

    @Test
    void labelUsedOnceIsNotSpeaker() {
        assertThat(segment("价值函数:AI的情绪系统来了?", "正文。")).containsExactly("paragraph:价值函数:AI的情绪系统来了?",
                "paragraph:正文。");
    }

    @Test
    void narrationNamingSpeakerEndsTurn() {
        assertThat(segment("张三：一。", "李四：二。", "张三：三。", "张三笑了笑。", "李四：四。"))
                .contains("paragraph:张三笑了笑。");
    }

    @Test
    void roleIntroducedLabelMergesWithShortForm() {
        assertThat(segmenter.segment(Arrays.stream(new String[] {"主持人 王芳：好。", "李雷：好。", "王芳：再见。", "李雷：再见。"})
                .map(SourceBlock::paragraph).toList()).labels()).containsExactly("王芳", "李雷");
    }

    @Test
    void fullNameFirstMentionMergesWithShortForm() {
        assertThat(segmenter.segment(Arrays.stream(new String[] {"伊利亚·苏茨克维：好。", "帕特尔：嗯？", "苏茨克维：是。",
            "帕特尔：对？"}).map(SourceBlock::paragraph).toList()).labels()).containsExactly("苏茨克维", "帕特尔");
    }

    @Test
    void guessesShortPlainLineAsHeading() {
        List<Block> blocks = segmenter.segment(List.of(SourceBlock.line("第一部分的标题"), SourceBlock.line("正文。")))
                .blocks();
        assertThat(blocks.get(0)).isEqualTo(Block.heading("第一部分的标题"));
    }

    @Test
    void shortPlainLineInsideTurnStaysInTurnWhenNoLabelFollows() {
        List<Block> blocks = segmenter.segment(List.of(SourceBlock.line("甲方：一。"), SourceBlock.line("乙方：二。"),
                SourceBlock.line("甲方：三。"), SourceBlock.line("乙方：四。"), SourceBlock.line("这就是答案"),
                SourceBlock.line("五。"))).blocks();
        assertThat(blocks.get(3)).isEqualTo(Block.turn("乙方", "四。\n这就是答案\n五。"));
    }

    @Test
    void boldLabelUsedOnceIsSpeakerBesideRecurringOne() {
        List<SourceBlock> blocks = List.of(SourceBlock.boldLed("陈老板：一。"), SourceBlock.boldLed("记者：二？"),
                SourceBlock.boldLed("陈老板：三。"));
        assertThat(segmenter.segment(blocks).labels()).containsExactly("陈老板", "记者");
    }

    @Test
    void plainColonLineUsedOnceBetweenTurnsIsNoSpeaker() {
        List<SourceBlock> blocks = List.of(SourceBlock.line("甲方：一。"), SourceBlock.line("乙方：二。"),
                SourceBlock.line("价值函数:情绪系统来了?"), SourceBlock.line("甲方：三。"), SourceBlock.line("乙方：四。"));
        assertThat(segmenter.segment(blocks).blocks().get(2)).isEqualTo(Block.heading("价值函数:情绪系统来了?"));
    }
}
