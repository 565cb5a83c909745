package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import dev.verbatim.model.Block;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link TurnSegmenter#segment} loses no text: every block's words come out, with at most its label cut. */
class TurnSegmenterPropertyTest {

    private final TurnSegmenter segmenter = new TurnSegmenter(CleanSettings.defaults().speakers());
    private final LabelParser parser = new LabelParser(CleanSettings.defaults().speakers());

    @Property(tries = 300)
    void everyBlockTextSurvivesSegmentation(@ForAll("pages") List<SourceBlock> page) {
        List<String> out = segmenter.segment(page).blocks().stream().map(Block::text).toList();
        for (SourceBlock b : page) {
            String kept = parser.parse(b.text()).map(LabelMatch::rest).orElse(b.text());
            if (!kept.isEmpty()) {
                assertThat(out).anyMatch(text -> text.contains(kept));
            }
        }
    }

    @Provide
    Arbitrary<List<SourceBlock>> pages() {
        Arbitrary<String> lines = Arbitraries.of("ANNA LEE: Hello there.", "Tom: Why?", "Tom:", "Anna Lee [1:02]",
                "[MUSIC PLAYING]", "She laughed and looked at Tom.", "记者：你怎么看？", "李金泽：很好。", "个人简介：",
                "他说：“好。”", "Colorado: Ann Smith, Bob Jones", "Short heading", "A long answer that goes on and on.",
                "Q: How?", "A: Like this.", "问：为什么？", "答：因为。");
        Arbitrary<SourceBlock> blocks = Arbitraries.oneOf(lines.map(SourceBlock::paragraph), lines.map(SourceBlock::line),
                lines.map(SourceBlock::boldLed), lines.map(t -> SourceBlock.wholeBold(t, SourceKind.HEADING)),
                lines.map(t -> new SourceBlock(SourceKind.HEADING, t, false, 0, false)));
        return blocks.list().ofMaxSize(14);
    }
}
