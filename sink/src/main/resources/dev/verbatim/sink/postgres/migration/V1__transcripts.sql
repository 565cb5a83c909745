-- One row per transcript, keyed by the transcript id. Written only by the Verbatim sink.
CREATE TABLE transcripts (
    id            text        PRIMARY KEY,
    url           text        NOT NULL,
    -- The rules the transcript was cleaned under, and the order of their activation (the rules epoch):
    -- a row is only ever replaced by a transcript of the same or a later activation.
    rules_version text        NOT NULL,
    rules_epoch   bigint      NOT NULL,
    title         text        NOT NULL,
    published_at  timestamptz,
    site          text,
    language      text        NOT NULL,
    authors       text[]      NOT NULL,
    -- The whole transcript as the sink received it (the JSON of the output contract).
    doc           jsonb       NOT NULL,
    -- The text of every block in reading order, one block a line.
    body          text        NOT NULL,
    -- Full-text search with the 'simple' configuration: words are lower-cased, never stemmed, so one
    -- index serves every language. Chinese has no spaces: a run of Chinese characters between
    -- punctuation is one token, so search Chinese with the trigram index on body (LIKE '%词%').
    search        tsvector    GENERATED ALWAYS AS (to_tsvector('simple', title || E'\n' || body)) STORED,
    stored_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX transcripts_search ON transcripts USING gin (search);
-- Speakers, blocks, any field of the document: doc @> '{"speakers": [{"name": "…"}]}'.
CREATE INDEX transcripts_doc ON transcripts USING gin (doc jsonb_path_ops);
CREATE INDEX transcripts_published_at ON transcripts (published_at);
CREATE INDEX transcripts_site ON transcripts (site);

-- Substring search that works for Chinese (and any script): body LIKE '%关键词%' uses this index for
-- patterns of three characters or more. pg_trgm is a trusted extension (PostgreSQL 13+): the database
-- owner may create it. It needs a database whose LC_CTYPE is a UTF-8 locale (C.UTF-8, en_US.UTF-8):
-- under LC_CTYPE=C it finds no trigrams in Chinese text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX transcripts_body_trgm ON transcripts USING gin (body gin_trgm_ops);
