package dev.verbatim.clean.steps;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Chooses a page's publication time among the dates it states: machine-readable publication
 * markup first, then the URL date, then labelled and date-named visible lines (the article's own,
 * after the headline, before a header's), and a modification time only when nothing else dates the
 * page. Dates before the rules' first year or after the fetch are never it. A date without a time
 * takes the time of day that another source gives for the same day. A time without an offset takes
 * the offset that the page states elsewhere (the same time printed with a zone, another date with an
 * offset), else the site's home zone (by host, then page language, then top-level domain), else UTC. A
 * time stated in UTC is written in UTC, as the page states it.
 *
 * <p>Thread-safe: holds only immutable maps.
 */
final class PublishedPicker {

    private static final Duration FUTURE_SLACK = Duration.ofDays(1);
    private static final Comparator<DateCandidate> BEST = Comparator.comparing(DateCandidate::source)
            .thenComparing(c -> !c.nearHead()).thenComparingInt(DateCandidate::position);

    /** Sources that state a date in markup rather than print it. */
    private static final Set<DateSource> MACHINE_READABLE = EnumSet.of(DateSource.META, DateSource.JSON_LD,
            DateSource.MARKUP, DateSource.TIME);
    /** Dates printed after the headline that, all on one day, date the article against unprinted markup. */
    private static final Set<DateSource> PRINTED = EnumSet.of(DateSource.LABELLED, DateSource.DATE_ELEMENT,
            DateSource.TIME, DateSource.TEXT);
    /** Sources of dates a reader sees anywhere on the page. */
    private static final Set<DateSource> SHOWN = EnumSet.of(DateSource.LABELLED, DateSource.DATE_ELEMENT,
            DateSource.TEXT, DateSource.OTHER);

    private final int minYear;
    private final Map<String, ZoneId> siteZones;
    private final Map<String, ZoneId> domainZones;
    private final Map<String, ZoneId> languageZones;

    PublishedPicker(DateRules rules) {
        this.minYear = rules.minYear();
        this.siteZones = DateRules.zones("dates.site_zones", rules.siteZones());
        this.domainZones = DateRules.zones("dates.domain_zones", rules.domainZones());
        this.languageZones = DateRules.zones("dates.language_zones", rules.languageZones());
    }

    /**
     * The publication time of a page in {@code language} at {@code url}, fetched at {@code fetchedAt}
     * (null when unknown), among {@code candidates}.
     */
    Optional<OffsetDateTime> pick(List<DateCandidate> candidates, String language, String url, Instant fetchedAt) {
        List<DateCandidate> plausible = demoteTimeLists(
                candidates.stream().filter(c -> plausible(c.time(), fetchedAt)).toList());
        Optional<DateCandidate> best = plausible.stream().min(BEST);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> urlDate = plausible.stream().filter(c -> c.source() == DateSource.URL).findFirst()
                .map(c -> c.time().local().toLocalDate());
        Optional<ZoneId> home = homeZone(language, url);
        Optional<DateCandidate> printed = printedInstead(best.get(), plausible);
        Optional<OffsetDateTime> reconciled = printed.flatMap(p -> onPrintedDayAtHome(best.get(), p, home));
        if (reconciled.isPresent()) {
            return reconciled;
        }
        DateCandidate chosen = printed.orElse(best.get());
        if (urlDate.isPresent() && daysApart(chosen.time(), urlDate.get()) > 1) {
            chosen = plausible.stream().filter(c -> c.source() == DateSource.URL).findFirst().orElseThrow();
        }
        FoundTime t = withTimeOfDay(chosen, plausible);
        if (t.offset().isEmpty()) {
            t = statedOffset(t, plausible).map(t::withOffset).orElse(t);
        }
        OffsetDateTime at = t.in(home.orElse(ZoneOffset.UTC));
        if (ZoneOffset.UTC.equals(at.getOffset())) {
            at = sameInstantLocally(at, plausible).orElse(inLocalZone(at, home, urlDate));
        }
        return Optional.of(at);
    }

    /**
     * A time the page states in UTC stays in UTC, on the day the page prints (as htmldate reads it);
     * only when the URL dates the story a day apart is it shown in the site's home zone, or else the
     * first listed zone, whose day is the URL's (a US site's {@code /2023/11/08/} story stamped
     * {@code 2023-11-09T02:00Z}).
     */
    private OffsetDateTime inLocalZone(OffsetDateTime utc, Optional<ZoneId> home, Optional<LocalDate> urlDate) {
        if (urlDate.isEmpty() || urlDate.get().equals(utc.toLocalDate())) {
            return utc;
        }
        return Stream.concat(home.stream(), domainZones.values().stream())
                .map(z -> utc.atZoneSameInstant(z).toOffsetDateTime())
                .filter(o -> o.toLocalDate().equals(urlDate.get())).findFirst().orElse(utc);
    }

    /** The same instant as another source of the page writes it with its own, non-UTC offset. */
    private static Optional<OffsetDateTime> sameInstantLocally(OffsetDateTime utc, List<DateCandidate> all) {
        return all.stream().map(DateCandidate::time)
                .filter(t -> t.offset().filter(o -> !o.equals(ZoneOffset.UTC)).isPresent())
                .map(t -> t.at(ZoneOffset.UTC)).filter(o -> o.toInstant().equals(utc.toInstant())).findFirst();
    }

    /**
     * The article's printed date instead of machine-readable markup whose day the page prints nowhere,
     * when every date printed after the headline (labelled, date-named or plain lines; other content
     * aside) is one other day: such markup is often the CMS's creation or import time, and readers (and
     * annotators) go by the day the page shows.
     */
    private static Optional<DateCandidate> printedInstead(DateCandidate chosen, List<DateCandidate> all) {
        if (!MACHINE_READABLE.contains(chosen.source())) {
            return Optional.empty();
        }
        LocalDate day = chosen.time().local().toLocalDate();
        List<DateCandidate> printed = all.stream().filter(c -> c.nearHead() && PRINTED.contains(c.source()))
                .sorted(Comparator.comparingInt(DateCandidate::position)).toList();
        boolean oneDay = printed.stream().map(c -> c.time().local().toLocalDate()).distinct().count() == 1;
        boolean dayPrinted = all.stream().anyMatch(c -> (SHOWN.contains(c.source())
                || c.source() == DateSource.MODIFIED && c.position() > 0) && c.time().mayBe(day));
        if (!oneDay || dayPrinted) {
            return Optional.empty();
        }
        return printed.stream().filter(c -> c.source() == DateSource.LABELLED || c.source() == DateSource.DATE_ELEMENT)
                .findFirst();
    }

    /**
     * The markup's own instant, written in the site's home zone, when that zone puts it on the day the
     * page prints: the two agree (markup in UTC, a late-evening story), and the contract prefers the
     * markup's precision.
     */
    private static Optional<OffsetDateTime> onPrintedDayAtHome(DateCandidate markup, DateCandidate printed,
            Optional<ZoneId> home) {
        if (markup.time().offset().isEmpty() || home.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime local = markup.time().at(ZoneOffset.UTC).atZoneSameInstant(home.get()).toOffsetDateTime();
        return Optional.of(local).filter(o -> o.toLocalDate().equals(printed.time().local().toLocalDate()));
    }

    private static long daysApart(FoundTime t, LocalDate date) {
        return Math.abs(ChronoUnit.DAYS.between(t.local().toLocalDate(), date));
    }

    /**
     * Several {@code <time>} elements on different days are a list (comments, teasers), not the
     * article's own date: they count as plain visible dates.
     */
    private static List<DateCandidate> demoteTimeLists(List<DateCandidate> all) {
        long days = all.stream().filter(c -> c.source() == DateSource.TIME)
                .map(c -> c.time().local().toLocalDate()).distinct().count();
        if (days <= 1) {
            return all;
        }
        return all.stream().map(c -> c.source() == DateSource.TIME
                ? new DateCandidate(c.time(), DateSource.TEXT, c.position(), c.nearHead()) : c).toList();
    }

    private boolean plausible(FoundTime t, Instant fetchedAt) {
        return t.local().getYear() >= minYear
                && (fetchedAt == null || !t.at(ZoneOffset.UTC).toInstant().isAfter(fetchedAt.plus(FUTURE_SLACK)));
    }

    /** A date-only choice takes the time of day another source gives for the same day. */
    private static FoundTime withTimeOfDay(DateCandidate best, List<DateCandidate> all) {
        if (best.time().timed()) {
            return best.time();
        }
        return all.stream().filter(c -> c.source() != DateSource.MODIFIED && c.time().timed()
                        && c.time().local().toLocalDate().equals(best.time().local().toLocalDate()))
                .min(BEST).map(DateCandidate::time).orElse(best.time());
    }

    /** The offset the page gives elsewhere: first for the same time of day, then for any of its dates. */
    private static Optional<ZoneOffset> statedOffset(FoundTime t, List<DateCandidate> all) {
        Optional<ZoneOffset> same = all.stream().map(DateCandidate::time)
                .filter(o -> o.offset().isPresent() && o.timed() == t.timed()
                        && o.local().withSecond(0).equals(t.local().withSecond(0)))
                .findFirst().flatMap(FoundTime::offset);
        return same.or(() -> all.stream().map(DateCandidate::time).filter(o -> o.offset().isPresent() && o.timed())
                .findFirst().flatMap(FoundTime::offset));
    }

    /** The site's home zone: by host, then by page language, then by top-level domain. */
    Optional<ZoneId> homeZone(String language, String url) {
        String host = UrlHost.of(url);
        for (String h = host; !h.isEmpty(); h = h.indexOf('.') < 0 ? "" : h.substring(h.indexOf('.') + 1)) {
            ZoneId z = siteZones.get(h);
            if (z != null) {
                return Optional.of(z);
            }
        }
        ZoneId byLanguage = languageZones.get(language.toLowerCase(Locale.ROOT));
        if (byLanguage != null) {
            return Optional.of(byLanguage);
        }
        return Optional.ofNullable(domainZones.get(host.substring(host.lastIndexOf('.') + 1)));
    }
}
