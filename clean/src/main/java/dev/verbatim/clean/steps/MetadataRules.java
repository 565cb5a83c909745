package dev.verbatim.clean.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The words that mark metadata fields (author, editor, source) in article lines; see
 * {@code rules-default.yaml} for each key's meaning. Word lists are regular expressions, one
 * alternative each.
 *
 * @param authorWords       words before author names, optionally followed by a separator
 * @param authorPhrases     whole lead-ins of author names, separator included
 * @param editorWords       words before editor names, followed by a separator
 * @param editorPhrases     whole lead-ins of editor names, separator included
 * @param notNames          words in a name position that are not names
 * @param sourceWords       words before a colon and the source of the article
 * @param gluedBylineWords  words opening a bracketed byline glued to the end of a paragraph
 * @param gluedBylineWindow how many last blocks are searched for a glued byline
 * @param fieldLabels       words before a colon that label a metadata field, never a speaker
 * @param lineHints         a line with none of these is not read as metadata
 * @param maxLineChars      longest line read as metadata, in characters
 */
public record MetadataRules(
        @JsonProperty("author_words") List<String> authorWords,
        @JsonProperty("author_phrases") List<String> authorPhrases,
        @JsonProperty("editor_words") List<String> editorWords,
        @JsonProperty("editor_phrases") List<String> editorPhrases,
        @JsonProperty("not_names") List<String> notNames,
        @JsonProperty("source_words") List<String> sourceWords,
        @JsonProperty("glued_byline_words") List<String> gluedBylineWords,
        @JsonProperty("glued_byline_window") int gluedBylineWindow,
        @JsonProperty("field_labels") List<String> fieldLabels,
        @JsonProperty("line_hints") List<String> lineHints,
        @JsonProperty("max_line_chars") int maxLineChars) {

    public MetadataRules {
        authorWords = RuleChecks.regexes("metadata.author_words", authorWords);
        authorPhrases = RuleChecks.regexes("metadata.author_phrases", authorPhrases);
        editorWords = RuleChecks.regexes("metadata.editor_words", editorWords);
        editorPhrases = RuleChecks.regexes("metadata.editor_phrases", editorPhrases);
        notNames = RuleChecks.words("metadata.not_names", notNames);
        sourceWords = RuleChecks.regexes("metadata.source_words", sourceWords);
        gluedBylineWords = RuleChecks.regexes("metadata.glued_byline_words", gluedBylineWords);
        RuleChecks.atLeast("metadata.glued_byline_window", gluedBylineWindow, 0);
        fieldLabels = RuleChecks.regexes("metadata.field_labels", fieldLabels);
        lineHints = RuleChecks.regexes("metadata.line_hints", lineHints);
        RuleChecks.atLeast("metadata.max_line_chars", maxLineChars, 0);
    }
}
