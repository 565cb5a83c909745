package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.ArrayList;
import java.util.List;
import com.google.re2j.Pattern;

/**
 * Drops the blocks that match a user's boilerplate patterns ({@code boilerplate.drop_patterns} in
 * the rules), recording each in {@code removed[]} with reason {@code rule}. The patterns are user
 * input, so they run on RE2/J: matching time is linear in the block's length, and no pattern can
 * stall a partition.
 *
 * <p>Thread-safe: the patterns are compiled once and immutable.
 */
public final class RulePatternFilter {

    private final List<Pattern> patterns;

    public RulePatternFilter(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** The blocks of {@code in} that match no pattern; {@code removed} holds only this filter's removals. */
    public Filtered filter(Filtered in) {
        if (patterns.isEmpty()) {
            return new Filtered(in.blocks(), in.simplified(), List.of());
        }
        List<SourceBlock> kept = new ArrayList<>(in.blocks().size());
        List<String> simplified = new ArrayList<>(in.blocks().size());
        List<Removal> removed = new ArrayList<>();
        for (int i = 0; i < in.blocks().size(); i++) {
            SourceBlock b = in.blocks().get(i);
            if (patterns.stream().anyMatch(p -> p.matcher(b.text()).find())) {
                removed.add(new Removal("rule", b.text().length()));
            } else {
                kept.add(b);
                simplified.add(in.simplified().get(i));
            }
        }
        return new Filtered(kept, simplified, removed);
    }
}
