package dev.verbatim.sink.postgres;

import dev.verbatim.model.Block;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds one transcript to the parameters of the store's upsert, in the column order of
 * {@code V1__transcripts.sql}. PostgreSQL refuses the NUL character in text and in {@code jsonb},
 * so NULs are dropped: a transcript never blocks the sink for it. Stateless.
 */
final class TranscriptRow {

    /** {@code \u0000} in JSON text that is an escape, not an escaped backslash followed by "u0000". */
    private static final Pattern JSON_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private TranscriptRow() {
    }

    static PreparedStatement bind(PreparedStatement s, Transcript t, long rulesEpoch) throws SQLException {
        s.setString(1, text(t.id()));
        s.setString(2, text(t.url()));
        s.setString(3, text(t.rulesVersion()));
        s.setLong(4, rulesEpoch);
        s.setString(5, text(t.title()));
        if (t.publishedAt().isPresent()) {
            s.setObject(6, t.publishedAt().get());
        } else {
            s.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        s.setString(7, t.site().map(TranscriptRow::text).orElse(null));
        s.setString(8, text(t.language()));
        s.setArray(9, s.getConnection().createArrayOf("text", t.authors().stream().map(TranscriptRow::text).toArray()));
        s.setString(10, json(t));
        s.setString(11, body(t));
        return s;
    }

    /** The text of every block in reading order, one block a line. */
    static String body(Transcript t) {
        return text(t.blocks().stream().map(Block::text).collect(Collectors.joining("\n")));
    }

    private static String json(Transcript t) {
        String json = new String(TranscriptJson.toBytes(t), StandardCharsets.UTF_8);
        return json.contains("\\u0000") ? JSON_NUL.matcher(json).replaceAll("$1") : json;
    }

    private static String text(String s) {
        return s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
    }
}
