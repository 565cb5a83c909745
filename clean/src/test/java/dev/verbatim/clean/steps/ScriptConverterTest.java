package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.ScriptState;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScriptConverterTest {

    private static ScriptConverter hans;

    @BeforeAll
    static void load() {
        hans = new ScriptConverter(ScriptPolicy.HANS);
    }

    @Test
    void convertsTraditionalHeadlineToSimplified() {
        assertThat(hans.convert("專訪茶餐廳傳人")).isEqualTo("专访茶餐厅传人");
    }

    @Test
    void leavesLatinTextUntouched() {
        assertThat(hans.convert("Coral reefs")).isEqualTo("Coral reefs");
    }

    @Test
    void detectsSimplified() {
        assertThat(hans.detect(List.of("储能系统的中标价又降了一截"))).isEqualTo(ScriptState.HANS);
    }

    @Test
    void detectsTraditional() {
        assertThat(hans.detect(List.of("當初為什麼願意回來接手"))).isEqualTo(ScriptState.HANT);
    }

    @Test
    void detectsMixOfBothScripts() {
        String traditional = "這們個為這們個為這們個為這們個為";
        String simplified = "这么并这么并这么并这么并这么并";
        assertThat(hans.detect(List.of(traditional, simplified))).isEqualTo(ScriptState.MIXED);
    }

    @Test
    void detectsNoneWithoutHan() {
        assertThat(hans.detect(List.of("only latin"))).isEqualTo(ScriptState.NONE);
    }

    @Test
    void keepPolicyLeavesTextAsIs() {
        assertThat(new ScriptConverter(ScriptPolicy.KEEP).convert("當初")).isEqualTo("當初");
    }
}
