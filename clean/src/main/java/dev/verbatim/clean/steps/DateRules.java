package dev.verbatim.clean.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a page states its publication date and in which zone its local times are; see the
 * {@code dates} section of {@code rules-default.yaml} for each key's meaning. Label and class lists
 * are regular expressions, one alternative each; zone lists are {@code "key zone-id"} pairs.
 *
 * @param publishedMeta   meta names (property, name or itemprop) holding the publication time, best first
 * @param modifiedMeta    meta names holding a modification time: used only when nothing else dates the page
 * @param publishedJson   JSON-LD keys holding the publication time, best first
 * @param modifiedJson    JSON-LD keys holding a modification time
 * @param publishedLabels words introducing a publication date in a visible line
 * @param modifiedLabels  words introducing a modification date in a visible line
 * @param ignoredLabels   words of lines whose dates are never the publication date (copyright, comments)
 * @param dateClasses     class, id or itemprop words of elements that print the article's date
 * @param otherContent    class or id words of page parts whose dates belong to other texts
 * @param zoneNames       zone abbreviations printed after a time, with their offsets ({@code "EDT -04:00"})
 * @param siteZones       a site's home zone by host ({@code "example.com America/New_York"}, subdomains included)
 * @param domainZones     a home zone by top-level domain ({@code "de Europe/Berlin"})
 * @param languageZones   a home zone by page language ({@code "zh +08:00"})
 * @param minYear         dates before this year are not publication dates
 */
public record DateRules(
        @JsonProperty("published_meta") List<String> publishedMeta,
        @JsonProperty("modified_meta") List<String> modifiedMeta,
        @JsonProperty("published_json") List<String> publishedJson,
        @JsonProperty("modified_json") List<String> modifiedJson,
        @JsonProperty("published_labels") List<String> publishedLabels,
        @JsonProperty("modified_labels") List<String> modifiedLabels,
        @JsonProperty("ignored_labels") List<String> ignoredLabels,
        @JsonProperty("date_classes") List<String> dateClasses,
        @JsonProperty("other_content") List<String> otherContent,
        @JsonProperty("zone_names") List<String> zoneNames,
        @JsonProperty("site_zones") List<String> siteZones,
        @JsonProperty("domain_zones") List<String> domainZones,
        @JsonProperty("language_zones") List<String> languageZones,
        @JsonProperty("min_year") int minYear) {

    public DateRules {
        publishedMeta = RuleChecks.words("dates.published_meta", publishedMeta);
        modifiedMeta = RuleChecks.words("dates.modified_meta", modifiedMeta);
        publishedJson = RuleChecks.words("dates.published_json", publishedJson);
        modifiedJson = RuleChecks.words("dates.modified_json", modifiedJson);
        publishedLabels = RuleChecks.regexes("dates.published_labels", publishedLabels);
        modifiedLabels = RuleChecks.regexes("dates.modified_labels", modifiedLabels);
        ignoredLabels = RuleChecks.regexes("dates.ignored_labels", ignoredLabels);
        dateClasses = RuleChecks.regexes("dates.date_classes", dateClasses);
        otherContent = RuleChecks.regexes("dates.other_content", otherContent);
        zoneNames = RuleChecks.words("dates.zone_names", zoneNames);
        siteZones = RuleChecks.words("dates.site_zones", siteZones);
        domainZones = RuleChecks.words("dates.domain_zones", domainZones);
        languageZones = RuleChecks.words("dates.language_zones", languageZones);
        zones("dates.zone_names", zoneNames);
        zones("dates.site_zones", siteZones);
        zones("dates.domain_zones", domainZones);
        zones("dates.language_zones", languageZones);
        RuleChecks.between("dates.min_year", minYear, 1900, 2100);
    }

    /** The {@code "key zone-id"} pairs of {@code list} as a map with lower-cased keys, in list order. */
    public static Map<String, ZoneId> zones(String key, List<String> list) {
        Map<String, ZoneId> out = new LinkedHashMap<>();
        for (String item : list) {
            String[] parts = item.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(key + ": '" + item + "' must be 'name zone-id'");
            }
            try {
                out.put(parts[0].toLowerCase(Locale.ROOT), ZoneId.of(parts[1]));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(key + ": '" + parts[1] + "' is not a zone id", e);
            }
        }
        return out;
    }
}
