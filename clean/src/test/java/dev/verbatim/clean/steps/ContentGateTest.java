package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Block;
import dev.verbatim.model.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentGateTest {

    private final ContentGate gate = new ContentGate(10);

    private static Reason reason(StepOutcome<List<Block>> outcome) {
        return outcome instanceof StepOutcome.Fail<List<Block>> fail ? fail.rejection().reason() : null;
    }

    @Test
    void rejectsNoBlocks() {
        assertThat(reason(gate.check(List.of()))).isEqualTo(Reason.NO_CONTENT);
    }

    @Test
    void rejectsFewerCharactersThanMinimum() {
        assertThat(reason(gate.check(List.of(Block.paragraph("短文"))))).isEqualTo(Reason.TOO_SHORT);
    }

    @Test
    void passesEnoughText() {
        List<Block> blocks = List.of(Block.paragraph("一二三四五"), Block.turn("甲", "六七八九十"));
        assertThat(gate.check(blocks)).isEqualTo(new StepOutcome.Ok<>(blocks));
    }
}
