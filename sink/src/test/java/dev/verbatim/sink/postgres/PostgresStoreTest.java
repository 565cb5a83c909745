package dev.verbatim.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.model.Block;
import dev.verbatim.model.Role;
import dev.verbatim.model.Speaker;
import dev.verbatim.model.Transcript;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The PostgreSQL store against a real server ({@link TestPostgres}), one fresh database per test. */
class PostgresStoreTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2024, 8, 16, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    private String url;
    private PostgresStore store;

    @BeforeEach
    void openStore(TestInfo test) {
        url = TestPostgres.instance().newDatabase(test.getTestMethod().orElseThrow().getName());
        store = PostgresStore.open(TestPostgres.instance().settings(url));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Transcript transcript(String id, String title, String rules) {
        return Transcript.builder(id, "https://news.example/" + id, Instant.EPOCH).rulesVersion(rules).title(title)
                .publishedAt(PUBLISHED).site("新华网").authors(List.of("赵一鸣", "Lin Zhiyuan")).language("zh")
                .speakers(List.of(new Speaker("王芳", Optional.of("王芳"), Optional.empty(), Role.HOST),
                        Speaker.labelled("林知远")))
                .blocks(List.of(Block.heading("人工智能的未来"), Block.turn("王芳", "欢迎收看本期节目，今天我们谈谈大模型。"),
                        Block.turn("林知远", "Thanks. The transformer changed everything."))).build();
    }

    private List<List<Object>> query(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Test
    void storesOneRowWithMetadataColumnsAndTheWholeDocument() throws Exception {
        store.put(transcript("a1", "专访：大模型之后", "v1"), 3);
        store.sync();
        List<List<Object>> rows = query("SELECT url, rules_version, rules_epoch, title, site, language, "
                + "array_to_string(authors, '|'), published_at = ?, doc->>'title', doc->'speakers'->0->>'label', body "
                + "FROM transcripts WHERE id = 'a1'", PUBLISHED);
        assertThat(rows).containsExactly(List.of("https://news.example/a1", "v1", 3L, "专访：大模型之后", "新华网", "zh",
                "赵一鸣|Lin Zhiyuan", true, "专访：大模型之后", "王芳",
                "人工智能的未来\n欢迎收看本期节目，今天我们谈谈大模型。\nThanks. The transformer changed everything."));
    }

    @Test
    void nothingIsVisibleBeforeSyncAndTheWholeBatchAfter() throws Exception {
        store.put(transcript("a1", "One", "v1"), 1);
        store.put(transcript("a2", "Two", "v1"), 1);
        assertThat(query("SELECT count(*) FROM transcripts")).containsExactly(List.of(0L));
        store.sync();
        assertThat(query("SELECT id FROM transcripts ORDER BY id")).containsExactly(List.of("a1"), List.of("a2"));
    }

    @Test
    void aTranscriptOfOlderRulesNeverReplacesOneOfNewerRules() throws Exception {
        store.put(transcript("a1", "Newer rules", "v2"), 2);
        store.sync();
        store.put(transcript("a1", "Older rules", "v1"), 1);
        store.sync();
        assertThat(query("SELECT title, rules_version, rules_epoch FROM transcripts"))
                .containsExactly(List.of("Newer rules", "v2", 2L));
        store.put(transcript("a1", "Same rules, delivered again", "v2"), 2);
        store.put(transcript("a2", "Another", "v1"), 1);
        store.sync();
        assertThat(query("SELECT title FROM transcripts ORDER BY id"))
                .containsExactly(List.of("Same rules, delivered again"), List.of("Another"));
    }

    @Test
    void aDeleteRemovesTheRowAndChangesApplyInTheirOrder() throws Exception {
        store.put(transcript("a1", "Gone", "v1"), 1);
        store.put(transcript("a2", "Back", "v1"), 1);
        store.sync();
        store.delete("a1");
        store.delete("a2");
        store.put(transcript("a2", "Back again", "v1"), 1);
        store.put(transcript("a3", "Put then deleted", "v1"), 1);
        store.delete("a3");
        store.sync();
        assertThat(query("SELECT id, title FROM transcripts ORDER BY id")).containsExactly(List.of("a2", "Back again"));
    }

    @Test
    void fullTextSearchFindsWordsAndTrigramsFindChinese() throws Exception {
        store.put(transcript("a1", "专访", "v1"), 1);
        store.put(Transcript.builder("b2", "https://news.example/b2", Instant.EPOCH).rulesVersion("v1")
                .title("Weather").language("en").blocks(List.of(Block.paragraph("Rain in the north."))).build(), 1);
        store.sync();
        assertThat(query("SELECT id FROM transcripts WHERE search @@ websearch_to_tsquery('simple', 'Transformer')"))
                .containsExactly(List.of("a1"));
        assertThat(query("SELECT id FROM transcripts WHERE body LIKE '%谈谈大模型%'")).containsExactly(List.of("a1"));
        assertThat(query("SELECT id FROM transcripts WHERE search @@ websearch_to_tsquery('simple', 'rain north')"))
                .containsExactly(List.of("b2"));
    }

    @Test
    void findsTheTranscriptsOfOneSpeaker() throws Exception {
        store.put(transcript("a1", "专访", "v1"), 1);
        store.put(Transcript.builder("b2", "https://news.example/b2", Instant.EPOCH).rulesVersion("v1").title("Other")
                .speakers(List.of(Speaker.labelled("Host"))).build(), 1);
        store.sync();
        assertThat(query("SELECT id FROM transcripts WHERE doc @> '{\"speakers\": [{\"name\": \"王芳\"}]}'"))
                .containsExactly(List.of("a1"));
        assertThat(query("SELECT id FROM transcripts WHERE doc @> '{\"blocks\": [{\"speaker\": \"林知远\"}]}'"))
                .containsExactly(List.of("a1"));
    }

    @Test
    void dropsNulCharactersThatPostgresRefuses() throws Exception {
        store.put(Transcript.builder("n1", "https://news.example/n1", Instant.EPOCH).rulesVersion("v1").title("a\u0000b")
                .blocks(List.of(Block.paragraph("c\u0000d \\u0000 stays"))).build(), 1);
        store.sync();
        assertThat(query("SELECT title, body, doc->'blocks'->0->>'text' FROM transcripts"))
                .containsExactly(List.of("ab", "cd \\u0000 stays", "cd \\u0000 stays"));
    }

    @Test
    void removesTheRowsOfOtherRules() throws Exception {
        store.put(transcript("a1", "Old", "v1"), 1);
        store.put(transcript("a2", "New", "v2"), 2);
        store.sync();
        assertThat(store.removeOtherRules("v2")).isEqualTo(1);
        assertThat(query("SELECT id FROM transcripts")).containsExactly(List.of("a2"));
    }

    @Test
    void aSyncWhileTheServerIsDownFailsStoresNothingAndTheRedeliveredBatchLands() throws Exception {
        store.put(transcript("a1", "First", "v1"), 1);
        TestPostgres.instance().stop();
        try {
            assertThatThrownBy(store::sync).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot write 1 transcript changes to PostgreSQL");
        } finally {
            TestPostgres.instance().start();
        }
        store.sync();
        assertThat(query("SELECT count(*) FROM transcripts")).containsExactly(List.of(0L));
        store.put(transcript("a1", "First", "v1"), 1);
        store.sync();
        assertThat(query("SELECT title FROM transcripts")).containsExactly(List.of("First"));
    }

    @Test
    void openingAnUnreachableDatabaseNamesItButNotThePassword() {
        String unreachable = "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2";
        assertThatThrownBy(() -> PostgresStore.open(new PostgresSettings(unreachable, "verbatim", "s3cret")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot connect to PostgreSQL as verbatim at " + unreachable)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }

    @Test
    void refusesAUrlThatIsNotPostgres() {
        assertThatThrownBy(() -> new PostgresSettings("jdbc:mysql://db/x", "u", ""))
                .hasMessage("sink.jdbc.url must start with jdbc:postgresql:, was 'jdbc:mysql://db/x'");
    }
}
