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
 * @param headlineNames     class or id tokens of the story's own headline element (plain words)
 * @param bylineNames       words whose presence in a class or id marks a byline element (plain words)
 * @param staffTitles       reporter titles that follow an outlet name ({@code 聯合報 記者…}, {@code 眾新聞記者})
 * @param roleSuffixes      role words written after a name ({@code 路闻卓立编译}), never part of it
 * @param jobTitles         job titles and organisation words that make a comma-separated part no name
 * @param creditPatterns    contributor, proofreader and contact lines: neither authors nor editors, dropped
 * @param creditMaxChars    longest block tested against the credit patterns, in characters
 * @param photoWords        words of a photo credit ({@code 摄}, {@code 图}): a caption holding one is never a byline
 * @param detectLanguages   languages (ISO 639-1) the detector chooses among for pages neither Chinese nor English
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
        @JsonProperty("max_line_chars") int maxLineChars,
        @JsonProperty("headline_names") List<String> headlineNames,
        @JsonProperty("byline_names") List<String> bylineNames,
        @JsonProperty("staff_titles") List<String> staffTitles,
        @JsonProperty("role_suffixes") List<String> roleSuffixes,
        @JsonProperty("job_titles") List<String> jobTitles,
        @JsonProperty("credit_patterns") List<String> creditPatterns,
        @JsonProperty("credit_max_chars") int creditMaxChars,
        @JsonProperty("photo_words") List<String> photoWords,
        @JsonProperty("detect_languages") List<String> detectLanguages) {

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
        headlineNames = RuleChecks.words("metadata.headline_names", headlineNames);
        bylineNames = RuleChecks.words("metadata.byline_names", bylineNames);
        staffTitles = RuleChecks.regexes("metadata.staff_titles", staffTitles);
        roleSuffixes = RuleChecks.regexes("metadata.role_suffixes", roleSuffixes);
        jobTitles = RuleChecks.regexes("metadata.job_titles", jobTitles);
        creditPatterns = RuleChecks.regexes("metadata.credit_patterns", creditPatterns);
        RuleChecks.atLeast("metadata.credit_max_chars", creditMaxChars, 0);
        photoWords = RuleChecks.regexes("metadata.photo_words", photoWords);
        detectLanguages = RuleChecks.words("metadata.detect_languages", detectLanguages);
    }
}
