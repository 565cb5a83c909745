package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.List;
import java.util.Objects;

/** The metadata of a page, the blocks left once metadata lines are cut out, and what was cut. */
public record MetadataResult(PageMetadata metadata, List<SourceBlock> blocks, List<Removal> removed) {
    public MetadataResult {
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
