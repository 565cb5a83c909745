package dev.verbatim.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned page: metadata, speakers and blocks in reading order, plus what was removed. Field
 * names on the wire are a contract; see {@link TranscriptJson}.
 */
public record Transcript(
        String id,
        String url,
        Instant fetchedAt,
        String rulesVersion,
        String title,
        Optional<OffsetDateTime> publishedAt,
        Optional<String> site,
        List<String> authors,
        List<String> editors,
        Optional<String> ipLocation,
        String language,
        Script script,
        List<Speaker> speakers,
        List<Block> blocks,
        List<Removal> removed) {

    public Transcript {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(site, "site");
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        Objects.requireNonNull(ipLocation, "ipLocation");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(script, "script");
        speakers = List.copyOf(speakers);
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }

    public static Builder builder(String id, String url, Instant fetchedAt) {
        return new Builder(id, url, fetchedAt);
    }

    public Builder toBuilder() {
        return new Builder(id, url, fetchedAt)
                .rulesVersion(rulesVersion)
                .title(title)
                .publishedAt(publishedAt.orElse(null))
                .site(site.orElse(null))
                .authors(authors)
                .editors(editors)
                .ipLocation(ipLocation.orElse(null))
                .language(language)
                .script(script)
                .speakers(speakers)
                .blocks(blocks)
                .removed(removed);
    }

    /** Builds a transcript field by field; unset optional fields are empty, unset lists empty. */
    public static final class Builder {
        private final String id;
        private final String url;
        private final Instant fetchedAt;
        private String rulesVersion = "";
        private String title = "";
        private OffsetDateTime publishedAt;
        private String site;
        private List<String> authors = List.of();
        private List<String> editors = List.of();
        private String ipLocation;
        private String language = "und";
        private Script script = Script.NONE;
        private List<Speaker> speakers = List.of();
        private List<Block> blocks = List.of();
        private final List<Removal> removed = new ArrayList<>();

        private Builder(String id, String url, Instant fetchedAt) {
            this.id = id;
            this.url = url;
            this.fetchedAt = fetchedAt;
        }

        public Builder rulesVersion(String v) {
            this.rulesVersion = v;
            return this;
        }

        public Builder title(String v) {
            this.title = v;
            return this;
        }

        public Builder publishedAt(@org.jspecify.annotations.Nullable OffsetDateTime v) {
            this.publishedAt = v;
            return this;
        }

        public Builder site(@org.jspecify.annotations.Nullable String v) {
            this.site = v;
            return this;
        }

        public Builder authors(List<String> v) {
            this.authors = v;
            return this;
        }

        public Builder editors(List<String> v) {
            this.editors = v;
            return this;
        }

        public Builder ipLocation(@org.jspecify.annotations.Nullable String v) {
            this.ipLocation = v;
            return this;
        }

        public Builder language(String v) {
            this.language = v;
            return this;
        }

        public Builder script(Script v) {
            this.script = v;
            return this;
        }

        public Builder speakers(List<Speaker> v) {
            this.speakers = v;
            return this;
        }

        public Builder blocks(List<Block> v) {
            this.blocks = v;
            return this;
        }

        public Builder removed(List<Removal> v) {
            this.removed.clear();
            this.removed.addAll(v);
            return this;
        }

        public Builder remove(String reason, int chars) {
            this.removed.add(new Removal(reason, chars));
            return this;
        }

        public Transcript build() {
            return new Transcript(id, url, fetchedAt, rulesVersion, title,
                    Optional.ofNullable(publishedAt), Optional.ofNullable(site), authors, editors,
                    Optional.ofNullable(ipLocation), language, script, speakers, blocks, removed);
        }
    }
}
