package dev.verbatim.clean.steps;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The metadata fields of a transcript, before script conversion. */
public record PageMetadata(String title, Optional<OffsetDateTime> publishedAt, Optional<String> site,
        List<String> authors, List<String> editors, Optional<String> ipLocation) {

    public PageMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(site, "site");
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        Objects.requireNonNull(ipLocation, "ipLocation");
    }
}
