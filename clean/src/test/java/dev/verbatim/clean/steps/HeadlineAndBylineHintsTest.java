package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The story's own heading and the visible byline, read from markup. */
class HeadlineAndBylineHintsTest {

    private final PageHintReader reader = new PageHintReader(CleanSettings.defaults().dates(), CleanSettings.defaults().metadata());

    private PageHints read(String html) {
        return reader.read(Jsoup.parse(html));
    }

    @Test
    void logoHeadingGivesWayToTheNamedHeadline() {
        PageHints h = read("<title>Harbour reopens after storm - Tide Post</title><body>"
                + "<h1><a href='https://tide.example/'><svg><title>TIDE</title></svg></a></h1>"
                + "<h2 class='headline'>Harbour reopens after storm</h2><p>Text.</p>");
        assertThat(h.headline()).contains("Harbour reopens after storm");
    }

    @Test
    void widgetHeadingGivesWayToTheHeadingTheTitleAgreesWith() {
        PageHints h = read("<meta property='og:title' content='港口今晨重新开放 | 焦点 | 潮汐报'><body>"
                + "<h1>视频周报：本周大事回顾 19:20</h1><h2 id='story_art_title'>港口今晨重新开放</h2>");
        assertThat(h.headline()).contains("港口今晨重新开放");
    }

    @Test
    void kickerInsideTheHeadingIsCut() {
        PageHints h = read("<meta property='og:title' content='Die Zukunft des Hafens - \"Wir bauen neu\"'><body>"
                + "<h1><span class='overline'>Die Zukunft des Hafens</span>\"Wir bauen neu\"</h1>");
        assertThat(h.headline()).contains("\"Wir bauen neu\"");
    }

    @Test
    void titleOfAWrappedPageIsFoundOutsideTheHead() {
        PageHints h = read("<text id='x'><html><head><title>港口重新开放_潮汐网</title></head><body><p>正文。</p>");
        assertThat(h.docTitle()).contains("港口重新开放_潮汐网");
    }

    @Test
    void metaValueAttributeIsRead() {
        assertThat(read("<meta name='og:site_name' value='TIDE POST'><p>x</p>").siteName()).contains("TIDE POST");
    }

    @Test
    void jsonLdWithRawLineBreaksIsRead() {
        PageHints h = read("<script type='application/ld+json'>{\"description\": \"line one\nline two\","
                + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"潮汐時報\"}}</script>");
        assertThat(h.publisher()).contains("潮汐時報");
    }

    @Test
    void dublinCorePublisherIsThePublisherWithoutJsonLd() {
        assertThat(read("<meta name='DC.Publisher' content='Coastal Broadcasting'><p>x</p>").publisher())
                .contains("Coastal Broadcasting");
    }

    @Test
    void organisationCreditedAsAuthorIsNoAuthor() {
        PageHints h = read("<script type='application/ld+json'>{\"author\": [{\"@type\": \"Organization\", \"name\": "
                + "\"Tide Post\"}, {\"@type\": \"Person\", \"name\": \"Ann Lee\"}]}</script>");
        assertThat(h.authors()).containsExactly("Ann Lee");
    }

    @Test
    void authorMarkupOutranksBylineClasses() {
        PageHints h = read("<p class='byline'>By <a rel='author' href='/people/ann'>Ann Lee</a>, Tide Post</p>");
        assertThat(h.bylines()).containsExactly("Ann Lee");
    }

    @Test
    void bylineClassIsReadWithoutAuthorMarkup() {
        PageHints h = read("<div class='Page-authors'>By JANE DOE and RAY ROE</div>");
        assertThat(h.bylines()).containsExactly("By JANE DOE and RAY ROE");
    }

    @Test
    void embeddedPostAuthorIsNoByline() {
        assertThat(read("<div class='tweet'><span class='tweet-author-name'>Some One</span></div>").bylines()).isEmpty();
    }

    @Test
    void reporterLineAfterOutletAndEditorLineAfterButtonAreMetadataLines() {
        PageHints h = read("<p>潮汐新闻记者 贺青</p><span><a>【纠错】</a> 责任编辑： 焦林</span><p>Source: Evening Radio</p>");
        assertThat(h.metaLines()).containsExactly("潮汐新闻记者 贺青", "【纠错】 责任编辑： 焦林", "Source: Evening Radio");
    }
}
