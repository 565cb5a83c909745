package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The publication time of whole pages: which source wins, and in which zone it is written. */
class PublishedDateTest {

    private static final Instant FETCHED = Instant.parse("2024-06-01T00:00:00Z");
    private final PageHintReader hints = new PageHintReader(CleanSettings.defaults().dates(),
            CleanSettings.defaults().metadata());
    private final PublishedPicker picker = new PublishedPicker(CleanSettings.defaults().dates());

    private String published(String html, String language, String url) {
        PageHints h = hints.read(Jsoup.parse(html, url));
        String address = url.startsWith("http") ? url : h.canonicalUrl().orElse(url);
        return picker.pick(h.published(), language, address, FETCHED).map(Object::toString).orElse("none");
    }

    private String published(String html) {
        return published(html, "en", "https://news.example.org/a");
    }

    @Test
    void readsJsonLdInGraphArrayAndCdata() {
        assertThat(published("<script type='application/ld+json'><![CDATA[[{\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-05-16T14:51:53.221+02:00\"}]}]]]></script>"))
                .isEqualTo("2020-05-16T14:51:53+02:00");
    }

    @Test
    void readsOgMetaWrittenWithValue() {
        assertThat(published("<meta property='article:published_time' value='20200516T14:51:53Z'>"))
                .isEqualTo("2020-05-16T14:51:53Z");
    }

    @Test
    void readsRfc2822TimeElement() {
        assertThat(published("<body><h1>T</h1><time datetime='Sun, 26 Jan 2014 21:32:46 +0000'>Jan 26</time>"))
                .isEqualTo("2014-01-26T21:32:46Z");
    }

    @Test
    void readsDublinCoreAndItemprop() {
        assertThat(published("<meta name='DC.date.issued' content='2013-04-22T18:54:00+1000'>"))
                .isEqualTo("2013-04-22T18:54+10:00");
        assertThat(published("<body><span itemprop='datePublished' content='2019-03-02'>2. März</span>"))
                .isEqualTo("2019-03-02T00:00Z");
    }

    @Test
    void readsUrlDateOfCanonicalLink() {
        assertThat(published("<link rel='canonical' href='https://blog.example.de/2019/04/28/titel/'>", "de", "file:///p"))
                .isEqualTo("2019-04-28T00:00+02:00");
        assertThat(published("<meta property='og:url' content='https://x.example.se/20200428/story'>", "sv", "file:///p"))
                .isEqualTo("2020-04-28T00:00+02:00");
    }

    @Test
    void urlDateBeatsDisagreeingMarkup() {
        assertThat(published("<link rel='canonical' href='https://a.example.com/2017/7/12/post'>"
                + "<meta property='article:published_time' content='2019-06-17T18:28:00+02:00'>"))
                .isEqualTo("2017-07-12T00:00+02:00");
    }

    @Test
    void prefersPublishedLabelOverUpdatedLine() {
        assertThat(published("<body><h1>T</h1><p class='meta'>Updated April 29, 2019 at 3:33 pm</p>"
                + "<p>Originally published April 28, 2019 at 6:01 am</p>")).isEqualTo("2019-04-28T06:01Z");
        assertThat(published("<body><h1>T</h1><div>Aktualisiert: 29.04.2019, 10:00 Uhr</div>"
                + "<div class='datum'>Veröffentlicht am 28. April 2019</div>", "de", "https://z.example.de/x"))
                .isEqualTo("2019-04-28T00:00+02:00");
    }

    @Test
    void modifiedTimeOnlyWhenNothingElse() {
        assertThat(published("<meta property='article:modified_time' content='2020-01-05T11:53:45Z'>"))
                .isEqualTo("2020-01-05T11:53:45Z");
    }

    @Test
    void dropsCopyrightFutureAndAncientDates() {
        assertThat(published("<body><h1>T</h1><p>© 01.01.2023 Example GmbH</p><p>Stand 3.3.2099</p>"
                + "<p>1.1.1980</p>")).isEqualTo("none");
    }

    @Test
    void commentDatesAreLastResort() {
        assertThat(published("<body><h1>T</h1><div class='comments'><p>12.03.2021 schrieb Anna</p></div>"
                + "<div class='post-date'>10.03.2021</div>", "de", "https://z.example.de/x"))
                .isEqualTo("2021-03-10T00:00+01:00");
    }

    @Test
    void offsetOfTheSameTimePrintedWithZoneName() {
        assertThat(published("<body><h1>T</h1><time datetime='2016-10-04 05:07:09'>10/04/2016 05:07 AM EDT</time>"))
                .isEqualTo("2016-10-04T05:07:09-04:00");
    }

    @Test
    void localTimeWithoutOffsetIsInTheSitesHomeZone() {
        String page = "<meta property='article:published_time' content='2019-04-28 06:01:07'>";
        assertThat(published(page, "en", "https://www.seattletimes.com/business/x/"))
                .isEqualTo("2019-04-28T06:01:07-07:00");
        assertThat(published(page, "zh", "https://news.example.com/a")).isEqualTo("2019-04-28T06:01:07+08:00");
    }

    @Test
    void utcTimeStaysOnTheDayThePageWrites() {
        assertThat(published("<meta name='pubdate' content='2020-12-05T23:15:0Z'>", "it",
                "https://www.giornale.example.it/news/1")).isEqualTo("2020-12-05T23:15Z");
        assertThat(published("<meta property='article:published_time' content='2023-11-09T04:15:00Z'>", "en",
                "https://www.nbcnews.com/politics/x")).isEqualTo("2023-11-09T04:15Z");
        assertThat(published("<link rel='canonical' href='https://www.example.com/2023/11/08/story/'>"
                + "<meta name='parsely-pub-date' content='2023-11-09T02:00:00Z'>"))
                .isEqualTo("2023-11-08T21:00-05:00");
    }

    @Test
    void printedDateBeatsMarkupWhoseDayThePageNeverPrints() {
        String meta = "<meta property='article:published_time' content='2021-12-20T11:02:44+01:00'>";
        assertThat(published(meta + "<body><h1>T</h1><div class='news-date'>27.01.2022</div><p>Text.</p>", "de",
                "https://w.example.de/a")).isEqualTo("2022-01-27T00:00+01:00");
        assertThat(published(meta + "<body><h1>T</h1><div class='news-date'>27.01.2022</div><p>Text.</p>"
                + "<p class='date'>20.12.2021</p>", "de", "https://w.example.de/a"))
                .isEqualTo("2021-12-20T11:02:44+01:00");
        assertThat(published(meta + "<body><h1>T</h1><div class='date'>27.01.2022</div><p>Text.</p>"
                + "<div class='date'>03.01.2022</div>", "de", "https://w.example.de/a"))
                .isEqualTo("2021-12-20T11:02:44+01:00");
    }

    @Test
    void markupInUtcThatTheHomeZonePutsOnThePrintedDayKeepsItsInstant() {
        assertThat(published("<meta property='article:published_time' content='2022-01-26T23:30:00Z'><body><h1>T</h1>"
                + "<div class='news-date'>27.01.2022</div><p>Text.</p>", "de", "https://w.example.de/a"))
                .isEqualTo("2022-01-27T00:30+01:00");
    }

    @Test
    void printedDateReadableAsTheMarkupDayAgrees() {
        assertThat(published("<meta property='article:published_time' content='2021-11-01T04:00:14Z'><body><h1>T</h1>"
                + "<p><span class='article-meta-date'>Stand: 11/01/2021, 05:00</span></p><p>Text.</p>", "de",
                "https://m.example.at/a")).isEqualTo("2021-11-01T04:00:14Z");
        assertThat(published("<meta property='article:published_time' content='2023-01-11T12:43:42'><body><h1>T</h1>"
                + "<p>Publiziert: 01.11.2023</p><p>Text.</p>", "de", "https://s.example.ch/a"))
                .isEqualTo("2023-11-01T00:00+01:00");
    }

    @Test
    void dateLineJustAboveTheHeadlineHeadsTheArticle() {
        assertThat(published("<body><div class='headline-info'><span>Pressemitteilung</span>"
                + "<span class='headline-date'>02. November 2021</span></div><h1>T</h1><p>Text.</p>"
                + "<ul><li><span class='date'>16.02.2022</span> Andere Meldung</li></ul>", "de",
                "https://a.example.de/x")).isEqualTo("2021-11-02T00:00+01:00");
    }

    @Test
    void firstDateOfALongPostFooter() {
        assertThat(published("<body><h1>T</h1><p>Text.</p><p class='postmetadata alt'><small>Dieser Beitrag wurde"
                + " am Samstag, 3. Dezember 2011 um 10:12 Uhr veröffentlicht und unter <a href='/c'>Cybercrime</a>"
                + " abgelegt. Du kannst die Kommentare zu diesem Beitrag über den RSS 2.0 Feed verfolgen.</small></p>",
                "de", "https://b.example.de/x")).isEqualTo("2011-12-03T10:12+01:00");
    }

    @Test
    void urlDayClosesItsPathSegment() {
        assertThat(published("<link rel='canonical' href='https://blog.example.de/2023/10/3-fragen-an-sie/'>"
                + "<meta property='article:published_time' content='2023-10-31T08:47:16Z'>", "de", "file:///p"))
                .isEqualTo("2023-10-31T08:47:16Z");
        assertThat(published("<link rel='canonical' href='https://w.example.de/meldungen/29-10-2021'>", "de",
                "file:///p")).isEqualTo("2021-10-29T00:00+02:00");
    }

    @Test
    void twoDigitYearInAShortDateLine() {
        assertThat(published("<body><h1>T</h1><div class='article-meta'>Von: Björn Jahner <span>|</span>"
                + " <span>31.10.23</span></div><p>Text.</p>", "de", "https://f.example.de/a"))
                .isEqualTo("2023-10-31T00:00+01:00");
        assertThat(published("<body><h1>T</h1><p>Die Version 10.12.23 ist erschienen, mit vielen Neuerungen "
                + "für alle.</p>", "de", "https://f.example.de/a")).isEqualTo("none");
    }

    @Test
    void rdfaPropertyDate() {
        assertThat(published("<body><h1>T</h1><span property='schema:dateCreated' content='2022-01-28T12:45:46+00:00'>"
                + "</span>")).isEqualTo("2022-01-28T12:45:46Z");
    }

    @Test
    void pipeSeparatedAndNobrDates() {
        assertThat(published("<body><h1>T</h1><table><tr><td>26 | 01 | 2022 </td><td>Schweiz</td></tr></table>",
                "de", "https://p.example.ch/a")).isEqualTo("2022-01-26T00:00+01:00");
        String tail = " Uhr gepostet und unter Allgemein abgelegt. Du kannst die Kommentare verfolgen.";
        assertThat(published("<body><h1>T</h1><p>Dieser schöne, lange und lesenswerte Artikel wurde am <nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr>"
                + tail + "</p>", "de", "https://b.example.de/a")).isEqualTo("2010-05-19T00:00+02:00");
    }

    @Test
    void pageSourceDatesOnlyWhenThePageStatesNone() {
        String source = "<img src='/files/2016/05/04/a.png'><a href='/2016/05/04/x'>y</a>"
                + "<script>var built=\"2015-01-01\";</script>";
        assertThat(published("<body><h1>T</h1><p>Text.</p>" + source)).isEqualTo("2016-05-04T00:00Z");
        assertThat(published("<body><h1>T</h1><p class='date'>March 3, 2017</p>" + source))
                .isEqualTo("2017-03-03T00:00Z");
    }

    @Test
    void dateOnlyTakesTheTimeOfTheSameDay() {
        assertThat(published("<meta name='date' content='2015-07-03'><body><h1>T</h1>"
                + "<p class='time'>发布时间：2015-07-03 05:09:56</p>", "zh", "https://z.example.com/a"))
                .isEqualTo("2015-07-03T05:09:56+08:00");
    }

    @Test
    void visibleChineseDateWithFullWidthDigitsIsMidnightInChina() {
        assertThat(published("<body><h1>标题</h1><div class='info'>２００５年０８月１６日</div>", "zh",
                "http://news.example.com/a")).isEqualTo("2005-08-16T00:00+08:00");
    }

    @Test
    void untypedScriptPageData() {
        assertThat(published("<script>window.d={\"headline\":\"x\",\"datePublished\":\"2022-01-28T06:00:00+01:00\"}"
                + "</script>")).isEqualTo("2022-01-28T06:00+01:00");
    }

    @Test
    void severalTimeElementsOnDifferentDaysAreAList() {
        assertThat(published("<body><h1>T</h1><p>Publié le 29 juin 2019</p><time datetime='2019-07-03'>a</time>"
                + "<time datetime='2019-07-08'>b</time>", "fr", "https://p.example.fr/x"))
                .isEqualTo("2019-06-29T00:00+02:00");
    }

    @Test
    void noDateIsNone() {
        assertThat(published("<body><h1>T</h1><p>Text ohne Datum.</p>")).isEqualTo("none");
        assertThat(picker.pick(List.of(), "en", "", null)).isEmpty();
    }

    @Test
    void dateOpeningAParagraphAfterTheHeadlineIsADateline() {
        String body = "Der Arbeitsmarkt ist gut in das Jahr gestartet, sagt die Behörde in ihrem Bericht. ".repeat(3);
        assertThat(published("<body><h1>T</h1><p><strong>01.02.2022</strong> „" + body + "</p>", "de",
                "https://a.example.de/x")).isEqualTo("2022-02-01T00:00+01:00");
        assertThat(published("<body><h1>T</h1><p>" + body + " Am 01.02.2022 war es so.</p>", "de",
                "https://a.example.de/x")).isEqualTo("none");
    }
}
