package dev.verbatim.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads cleaning rules: the built-in defaults ({@code rules-default.yaml}) with a user's YAML laid
 * over them key by key. Maps merge, lists and values replace. An unknown key or a value of the
 * wrong kind is an {@link IllegalArgumentException} naming the key. Takes text, not files: the
 * caller reads the file.
 *
 * <p>Thread-safe: the mappers are configured once and only read.
 */
public final class RulesFile {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final ObjectNode DEFAULTS = readDefaults();

    private RulesFile() {
    }

    public static CleanSettings defaults() {
        return bind(DEFAULTS.deepCopy());
    }

    /** The defaults with {@code yaml} laid over them; {@code origin} names the text in errors. */
    public static CleanSettings parse(String yaml, String origin) {
        return bind(effectiveTree(yaml, origin));
    }

    /** The effective rules as YAML, for {@code rules show}. */
    public static String toYaml(CleanSettings rules) {
        try {
            return YAML.writeValueAsString(tree(rules));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rules", e);
        }
    }

    /** A canonical text of the rules (sorted JSON): equal rules give equal text. */
    public static String canonical(CleanSettings rules) {
        try {
            return JSON.writeValueAsString(JSON.treeToValue(tree(rules), Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rules", e);
        }
    }

    private static JsonNode tree(CleanSettings rules) {
        ObjectNode t = YAML.valueToTree(rules);
        lowerCaseEnums(t);
        return t;
    }

    private static void lowerCaseEnums(ObjectNode node) {
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                lowerCaseEnums((ObjectNode) e.getValue());
            } else if (e.getValue().isTextual() && e.getKey().equals("policy")) {
                node.put(e.getKey(), e.getValue().asText().toLowerCase(Locale.ROOT));
            }
        });
    }

    private static ObjectNode effectiveTree(String yaml, String origin) {
        JsonNode user;
        try {
            user = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rules " + origin + " are not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (user == null || user.isNull() || user.isMissingNode()) {
            user = YAML.createObjectNode();
        }
        if (!user.isObject()) {
            throw new IllegalArgumentException("rules " + origin + " must be a YAML map of sections");
        }
        ObjectNode merged = DEFAULTS.deepCopy();
        merge(merged, (ObjectNode) user, "", origin);
        return merged;
    }

    private static void merge(ObjectNode base, ObjectNode over, String path, String origin) {
        Iterator<Map.Entry<String, JsonNode>> it = over.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = path + e.getKey();
            JsonNode current = base.get(e.getKey());
            if (current == null) {
                throw new IllegalArgumentException("unknown rules key '" + key + "' in " + origin);
            }
            if (current.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) current, (ObjectNode) e.getValue(), key + ".", origin);
            } else if (current.isObject() != e.getValue().isObject()) {
                throw new IllegalArgumentException("rules key '" + key + "' in " + origin
                        + (current.isObject() ? " must be a map" : " must not be a map"));
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private static CleanSettings bind(ObjectNode tree) {
        try {
            return YAML.treeToValue(tree, CleanSettings.class);
        } catch (JsonProcessingException e) {
            String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference() : "";
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("bad rules value" + (where.isEmpty() ? "" : " at " + simplePath(where))
                    + ": " + firstLine(cause.getMessage()), e);
        }
    }

    private static String simplePath(String jacksonPath) {
        return jacksonPath.replaceAll("[^\\[]*\\[\"([^\"]+)\"\\]", "$1.").replaceAll("\\.$", "")
                .replace("dev.verbatim.clean.", "");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse(s);
    }

    private static ObjectNode readDefaults() {
        try (InputStream in = RulesFile.class.getResourceAsStream("rules-default.yaml")) {
            if (in == null) {
                throw new IllegalStateException("rules-default.yaml is missing from the classpath");
            }
            return (ObjectNode) YAML.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
