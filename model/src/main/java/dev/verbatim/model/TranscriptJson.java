package dev.verbatim.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one JSON mapping of a {@link Transcript}. Field names and order are a contract (see the
 * README): {@code id, url, fetched_at, rules_version, title, published_at, site, authors, editors,
 * ip_location, language, script, speakers, blocks, removed}. Missing optional values are
 * {@code null}. Output is UTF-8 and deterministic: the same transcript always gives the same bytes.
 *
 * <p>Thread-safe: the underlying {@link ObjectMapper} is configured once and only read.
 */
public final class TranscriptJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TranscriptJson() {
    }

    /** Compact JSON, as carried on the {@code transcripts} topic. */
    public static byte[] toBytes(Transcript t) {
        return write(MAPPER, t);
    }

    /** Indented JSON, as written to storage and printed by {@code clean-page}. */
    public static byte[] toPrettyBytes(Transcript t) {
        return write(PRETTY, t);
    }

    public static String toPrettyString(Transcript t) {
        return new String(toPrettyBytes(t), StandardCharsets.UTF_8);
    }

    /** Parses a transcript; throws {@link IllegalArgumentException} naming the bad field. */
    public static Transcript fromBytes(byte[] json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("transcript is not JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("transcript is not a JSON object");
        }
        return read(n);
    }

    private static byte[] write(ObjectMapper mapper, Transcript t) {
        try {
            return mapper.writeValueAsBytes(toTree(t));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toTree(Transcript t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", t.id());
        o.put("url", t.url());
        o.put("fetched_at", DateTimeFormatter.ISO_INSTANT.format(t.fetchedAt()));
        o.put("rules_version", t.rulesVersion());
        o.put("title", t.title());
        o.put("published_at", t.publishedAt().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null));
        o.put("site", t.site().orElse(null));
        strings(o.putArray("authors"), t.authors());
        strings(o.putArray("editors"), t.editors());
        o.put("ip_location", t.ipLocation().orElse(null));
        o.put("language", t.language());
        ObjectNode script = o.putObject("script");
        script.put("detected", t.script().detected().wireName());
        script.put("output", t.script().output().wireName());
        ArrayNode speakers = o.putArray("speakers");
        for (Speaker s : t.speakers()) {
            ObjectNode n = speakers.addObject();
            n.put("label", s.label());
            n.put("name", s.name().orElse(null));
            n.put("latin_name", s.latinName().orElse(null));
            n.put("role", s.role().wireName());
        }
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : t.blocks()) {
            ObjectNode n = blocks.addObject();
            n.put("type", b.type().wireName());
            n.put("text", b.text());
            b.speaker().ifPresent(s -> n.put("speaker", s));
        }
        ArrayNode removed = o.putArray("removed");
        for (Removal r : t.removed()) {
            removed.addObject().put("reason", r.reason()).put("chars", r.chars());
        }
        return o;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static Transcript read(JsonNode n) {
        Transcript.Builder b = Transcript.builder(text(n, "id"), text(n, "url"),
                Instant.parse(text(n, "fetched_at")));
        b.rulesVersion(text(n, "rules_version"))
                .title(text(n, "title"))
                .publishedAt(optionalText(n, "published_at").map(OffsetDateTime::parse).orElse(null))
                .site(optionalText(n, "site").orElse(null))
                .authors(textList(n, "authors"))
                .editors(textList(n, "editors"))
                .ipLocation(optionalText(n, "ip_location").orElse(null))
                .language(text(n, "language"));
        JsonNode script = n.path("script");
        b.script(new Script(ScriptState.fromWire(text(script, "detected")),
                ScriptState.fromWire(text(script, "output"))));
        List<Speaker> speakers = new ArrayList<>();
        for (JsonNode s : n.path("speakers")) {
            speakers.add(new Speaker(text(s, "label"), optionalText(s, "name"), optionalText(s, "latin_name"),
                    Role.fromWire(text(s, "role"))));
        }
        List<Block> blocks = new ArrayList<>();
        for (JsonNode s : n.path("blocks")) {
            blocks.add(new Block(BlockType.fromWire(text(s, "type")), text(s, "text"), optionalText(s, "speaker")));
        }
        List<Removal> removed = new ArrayList<>();
        for (JsonNode s : n.path("removed")) {
            removed.add(new Removal(text(s, "reason"), s.path("chars").asInt()));
        }
        return b.speakers(speakers).blocks(blocks).removed(removed).build();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("transcript field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    private static Optional<String> optionalText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static List<String> textList(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
