package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.List;

/** Blocks that survived a filter, and what the filter removed. */
public record Filtered(List<SourceBlock> blocks, List<Removal> removed) {
    public Filtered {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
