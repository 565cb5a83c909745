package dev.verbatim.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bench figures as one text table and as JSON with the same content. */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchReport() {
    }

    public static String table(List<Figure> figures) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-9s %-40s %14s %-8s %9s%n", "section", "figure", "value", "unit", "vs floor"));
        for (Figure f : figures) {
            sb.append(String.format(Locale.ROOT, "%-9s %-40s %14s %-8s %9s%n", f.section(), f.name(), number(f.value()),
                    f.unit(), f.ratio().map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("")));
        }
        return sb.toString();
    }

    public static byte[] json(List<Figure> figures, Map<String, String> context) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode ctx = root.putObject("context");
        context.forEach(ctx::put);
        ArrayNode rows = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode n = rows.addObject();
            n.put("section", f.section());
            n.put("name", f.name());
            n.put("value", Math.round(f.value() * 100) / 100.0);
            n.put("unit", f.unit());
            f.ratio().ifPresentOrElse(r -> n.put("ratio_to_floor", Math.round(r * 1000) / 1000.0),
                    () -> n.putNull("ratio_to_floor"));
        }
        return JSON.writeValueAsBytes(root);
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v >= 1e6 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.1f", v);
    }
}
