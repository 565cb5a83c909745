package dev.verbatim.app.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a stage is working, and the state of each of its parts ({@code clean: RUNNING},
 * {@code sink: running}, ...). {@code /health} answers 200 when up, 503 when not.
 */
public record Health(boolean up, Map<String, String> checks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Health {
        Objects.requireNonNull(checks, "checks");
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    /** Down, with one check saying why. */
    public static Health down(String part, String state) {
        return new Health(false, Map.of(part, state));
    }

    /** {@code {"status":"up","checks":{"clean":"RUNNING"}}}: short, for probes and people. */
    public String toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "up" : "down");
        body.put("checks", checks);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a map of strings as JSON", e);
        }
    }
}
