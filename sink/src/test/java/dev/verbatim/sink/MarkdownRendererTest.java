package dev.verbatim.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Block;
import dev.verbatim.model.Role;
import dev.verbatim.model.Speaker;
import dev.verbatim.model.Transcript;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void rendersTitleHeadingsCaptionsAndTurnsWithBoldSpeaker() {
        Transcript t = Transcript.builder("id", "https://x.example/a", Instant.EPOCH)
                .title("采访").site("某报").authors(List.of("甲")).language("zh").rulesVersion("r")
                .blocks(List.of(Block.caption("图"), Block.heading("第一部分"), Block.paragraph("导语"),
                        Block.turn("王芳", "第一句\n第二句")))
                .build();
        assertThat(MarkdownRenderer.render(t)).isEqualTo("""
                # 采访

                - **Source:** https://x.example/a
                - **Site:** 某报
                - **Authors:** 甲
                - **Language:** zh
                - **Rules:** r

                *图*

                ## 第一部分

                导语

                **王芳:** 第一句

                第二句
                """);
    }

    @Test
    void listsSpeakersWithRoleAndLatinName() {
        Transcript t = Transcript.builder("id", "https://x.example/a", Instant.EPOCH).title("T").language("zh")
                .speakers(List.of(new Speaker("帕特尔", Optional.of("德瓦克什·帕特尔"), Optional.of("Dwarkesh Patel"), Role.HOST),
                        Speaker.labelled("答")))
                .blocks(List.of(Block.paragraph("x"))).build();
        assertThat(MarkdownRenderer.render(t)).contains("- **Speakers:** 德瓦克什·帕特尔 (host, Dwarkesh Patel); 答 (unknown)\n");
    }

    @Test
    void escapesMarkupAndDropsControlCharactersOfPageText() {
        Transcript t = Transcript.builder("id", "https://x.example/a", Instant.EPOCH)
                .title("**Bold** <script>alert(1)</script>").language("en").rulesVersion("r")
                .blocks(List.of(Block.heading("# Not a title"),
                        Block.paragraph("[click](javascript:alert(1)) & \u001b[31mred\u0007 \u202Egnp.exe"),
                        Block.paragraph("1. not a list\n- nor this\n> nor a quote"),
                        Block.turn("A*", "_emphasis_ `code` | cell")))
                .build();
        assertThat(MarkdownRenderer.render(t)).isEqualTo("""
                # \\*\\*Bold\\*\\* \\<script\\>alert(1)\\</script\\>

                - **Source:** https://x.example/a
                - **Language:** en
                - **Rules:** r

                ## \\# Not a title

                \\[click\\](javascript:alert(1)) \\& \\[31mred gnp.exe

                1\\. not a list
                \\- nor this
                \\> nor a quote

                **A\\*:** \\_emphasis\\_ \\`code\\` \\| cell
                """);
    }
}
