package dev.verbatim.app;

import dev.verbatim.clean.CleanResult;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.model.Block;
import dev.verbatim.model.BlockType;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Speaker;
import dev.verbatim.model.Transcript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What new cleaning rules would change: both cleaners run on the same pages and their results are
 * compared field by field (the rules version itself does not count as a change).
 *
 * <p>Stateless; thread-safe.
 */
final class RulesDiff {

    /** How many examples of changed pages a report keeps. */
    static final int EXAMPLES = 3;

    /** The outcome over all pages. */
    record Report(int pages, int unchanged, int changed, int newlyRejected, int newlyAccepted, int stillRejected,
            Map<String, Integer> fieldChanges, List<Example> examples) {
    }

    /** One changed page and its field differences, each {@code field: old -> new}. */
    record Example(String url, List<String> differences) {
    }

    private RulesDiff() {
    }

    static Report compare(List<RawPage> pages, PageCleaner current, PageCleaner proposed) {
        int unchanged = 0;
        int changed = 0;
        int newlyRejected = 0;
        int newlyAccepted = 0;
        int stillRejected = 0;
        Map<String, Integer> fields = new TreeMap<>();
        List<Example> examples = new ArrayList<>();
        for (RawPage page : pages) {
            CleanResult a = current.clean(page);
            CleanResult b = proposed.clean(page);
            if (a instanceof CleanResult.Cleaned ca && b instanceof CleanResult.Cleaned cb) {
                List<String> diffs = differences(ca.transcript(), cb.transcript(), fields);
                if (diffs.isEmpty()) {
                    unchanged++;
                } else {
                    changed++;
                    if (examples.size() < EXAMPLES) {
                        examples.add(new Example(page.url(), diffs));
                    }
                }
            } else if (a instanceof CleanResult.Cleaned) {
                newlyRejected++;
                if (examples.size() < EXAMPLES) {
                    examples.add(new Example(page.url(), List.of("rejected: " + ((CleanResult.Rejected) b).rejection().summary())));
                }
            } else if (b instanceof CleanResult.Cleaned) {
                newlyAccepted++;
            } else {
                stillRejected++;
            }
        }
        return new Report(pages.size(), unchanged, changed, newlyRejected, newlyAccepted, stillRejected, fields, examples);
    }

    private static List<String> differences(Transcript a, Transcript b, Map<String, Integer> counts) {
        Map<String, Function<Transcript, Object>> fields = new LinkedHashMap<>();
        fields.put("title", Transcript::title);
        fields.put("published_at", Transcript::publishedAt);
        fields.put("site", Transcript::site);
        fields.put("authors", Transcript::authors);
        fields.put("editors", Transcript::editors);
        fields.put("ip_location", Transcript::ipLocation);
        fields.put("language", Transcript::language);
        fields.put("script", t -> t.script().detected().wireName() + "/" + t.script().output().wireName());
        fields.put("speakers", t -> t.speakers().stream().map(Speaker::label).toList());
        fields.put("turns", t -> t.blocks().stream().filter(x -> x.type() == BlockType.TURN).count());
        fields.put("removed", t -> t.removed().size());
        fields.put("text", Transcript::blocks);
        List<String> out = new ArrayList<>();
        fields.forEach((name, get) -> {
            Object va = get.apply(a);
            Object vb = get.apply(b);
            if (!Objects.equals(va, vb)) {
                counts.merge(name, 1, Integer::sum);
                out.add(name + ": " + (name.equals("text") ? firstBlockChange(a.blocks(), b.blocks()) : shorten(va) + " -> " + shorten(vb)));
            }
        });
        return out;
    }

    private static String firstBlockChange(List<Block> a, List<Block> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String ta = i < a.size() ? a.get(i).text() : "(none)";
            String tb = i < b.size() ? b.get(i).text() : "(none)";
            if (!ta.equals(tb)) {
                return "block " + (i + 1) + " '" + shorten(ta) + "' -> '" + shorten(tb) + "'";
            }
        }
        return a.size() + " blocks -> " + b.size() + " blocks";
    }

    private static String shorten(Object o) {
        String s = String.valueOf(o instanceof java.util.Optional<?> opt ? opt.map(Object::toString).orElse("null") : o)
                .replace('\n', ' ');
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
