package dev.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranscriptJsonTest {

    private static Transcript sample() {
        return Transcript.builder("0123456789abcdef", "https://news.example/a", Instant.parse("2025-11-26T09:00:00Z"))
                .rulesVersion("r1")
                .title("标题")
                .publishedAt(OffsetDateTime.parse("2025-11-26T16:13:07+08:00"))
                .site("钛媒体APP")
                .authors(List.of("郭虹妘"))
                .editors(List.of("李程程"))
                .ipLocation("中国·北京")
                .language("zh")
                .script(new Script(ScriptState.MIXED, ScriptState.HANS))
                .speakers(List.of(new Speaker("帕特尔", Optional.of("德瓦克什·帕特尔"), Optional.of("Dwarkesh Patel"), Role.HOST)))
                .blocks(List.of(Block.heading("小标题"), Block.turn("帕特尔", "第一段\n第二段")))
                .remove("spam", 120)
                .build();
    }

    @Test
    void writesContractFieldNamesInContractOrder() {
        String json = new String(TranscriptJson.toBytes(sample()), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"id\":\"0123456789abcdef\",\"url\":\"https://news.example/a\","
                + "\"fetched_at\":\"2025-11-26T09:00:00Z\",\"rules_version\":\"r1\",\"title\":\"标题\","
                + "\"published_at\":\"2025-11-26T16:13:07+08:00\",\"site\":\"钛媒体APP\",\"authors\":[\"郭虹妘\"],"
                + "\"editors\":[\"李程程\"],\"ip_location\":\"中国·北京\",\"language\":\"zh\","
                + "\"script\":{\"detected\":\"mixed\",\"output\":\"hans\"},"
                + "\"speakers\":[{\"label\":\"帕特尔\",\"name\":\"德瓦克什·帕特尔\",\"latin_name\":\"Dwarkesh Patel\",\"role\":\"host\"}],"
                + "\"blocks\":[{\"type\":\"heading\",\"text\":\"小标题\"},{\"type\":\"turn\",\"text\":\"第一段\\n第二段\",\"speaker\":\"帕特尔\"}],"
                + "\"removed\":[{\"reason\":\"spam\",\"chars\":120}]}");
    }

    @Test
    void missingOptionalValuesAreNull() {
        Transcript t = Transcript.builder("id", "u", Instant.EPOCH).title("t").build();
        String json = new String(TranscriptJson.toBytes(t), StandardCharsets.UTF_8);
        assertThat(json).contains("\"published_at\":null,\"site\":null").contains("\"ip_location\":null");
    }

    @Test
    void roundTripsExactly() {
        Transcript t = sample();
        assertThat(TranscriptJson.fromBytes(TranscriptJson.toPrettyBytes(t))).isEqualTo(t);
    }

    @Test
    void refusesJsonThatIsNotATranscript() {
        assertThatThrownBy(() -> TranscriptJson.fromBytes("{\"id\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transcript field 'id' is missing or not a string");
    }
}
