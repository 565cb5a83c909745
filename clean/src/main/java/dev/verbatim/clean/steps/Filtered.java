package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.List;

/**
 * Blocks that survived a filter, the Simplified form of each (as the rules saw it, same order),
 * and what the filter removed.
 */
public record Filtered(List<SourceBlock> blocks, List<String> simplified, List<Removal> removed) {
    public Filtered {
        blocks = List.copyOf(blocks);
        simplified = List.copyOf(simplified);
        removed = List.copyOf(removed);
        if (blocks.size() != simplified.size()) {
            throw new IllegalArgumentException("one simplified text per block: " + blocks.size() + " != "
                    + simplified.size());
        }
    }
}
