package dev.verbatim.ingest.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a sites file, JSON or YAML (by extension {@code .yaml}/{@code .yml}):
 *
 * <pre>
 * sites:
 *   - name: harbour-news
 *     seeds: [https://news.example/, https://news.example/city/]
 *     feeds: [https://news.example/rss.xml]
 *     sitemaps: [https://news.example/sitemap.xml]
 *     allowed_hosts: [news.example, www.news.example]   # default: the seeds' hosts
 *     include: ["/20\\d\\d/"]                           # regexes, default: all
 *     exclude: ["/tag/", "\\?page="]
 *     max_depth: 2                                      # default: crawl.max.depth
 *     recrawl_interval: PT10M                           # default: crawl.recrawl.interval
 * </pre>
 *
 * Unknown fields and bad values are errors naming the site and field.
 */
public final class SitesFile {

    private static final Set<String> FIELDS = Set.of("name", "seeds", "feeds", "sitemaps", "allowed_hosts", "include",
            "exclude", "max_depth", "recrawl_interval");

    private SitesFile() {
    }

    public static List<Site> read(Path file, CrawlSettings defaults) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new ObjectMapper(new YAMLFactory())
                : new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read sites file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("sites").isArray()) {
            throw new IllegalArgumentException("sites file " + file + " needs a top-level 'sites' list");
        }
        List<Site> sites = new ArrayList<>();
        for (JsonNode node : root.path("sites")) {
            sites.add(site(node, sites.size(), defaults));
        }
        return sites;
    }

    private static Site site(JsonNode node, int index, CrawlSettings defaults) {
        String name = node.path("name").asText("site-" + (index + 1));
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("site '" + name + "': unknown field '" + f + "'");
            }
        });
        List<String> seeds = new ArrayList<>(strings(node, "seeds"));
        seeds.addAll(strings(node, "feeds"));
        seeds.addAll(strings(node, "sitemaps"));
        Set<String> hosts = new LinkedHashSet<>(strings(node, "allowed_hosts"));
        if (hosts.isEmpty()) {
            for (String s : seeds) {
                String host = URI.create(s).getHost();
                if (host == null) {
                    throw new IllegalArgumentException("site '" + name + "': seed is not an http(s) URL: " + s);
                }
                hosts.add(host);
            }
        }
        return new Site(name, seeds, hosts, patterns(node, "include", name), patterns(node, "exclude", name),
                node.path("max_depth").asInt(defaults.maxDepth()), interval(node, name, defaults.recrawlInterval()));
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(n -> out.add(n.asText().strip()));
        return out;
    }

    private static List<Pattern> patterns(JsonNode node, String field, String site) {
        List<Pattern> out = new ArrayList<>();
        for (String p : strings(node, field)) {
            try {
                out.add(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("site '" + site + "': bad " + field + " pattern '" + p + "'", e);
            }
        }
        return out;
    }

    private static Duration interval(JsonNode node, String site, Duration fallback) {
        if (!node.has("recrawl_interval")) {
            return fallback;
        }
        try {
            return Duration.parse(node.get("recrawl_interval").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("site '" + site + "': recrawl_interval must be an ISO-8601 duration "
                    + "such as PT15M, was '" + node.get("recrawl_interval").asText() + "'", e);
        }
    }
}
