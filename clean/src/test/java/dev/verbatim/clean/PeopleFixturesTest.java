package dev.verbatim.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Block;
import dev.verbatim.model.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles, sites, authors, editors, language and leak families on the {@code pages/people} fixtures. */
class PeopleFixturesTest {

    private static List<String> texts(Transcript t) {
        return t.blocks().stream().map(Block::text).toList();
    }

    private static List<String> meta(Transcript t) {
        return List.of(t.title(), t.site().orElse(""), String.join(",", t.authors()), String.join(",", t.editors()),
                t.language());
    }

    @Test
    void logoHeadingPageReadsTheStoryHeadlineAndVisibleByline() {
        Transcript t = FixturePagesTest.clean("people/logo-h1-byline.html", "text/html");
        assertThat(meta(t)).containsExactly("Harbour reopens after the winter storm", "TIDE POST", "Ann Lee,Tom Ray", "", "en");
    }

    @Test
    void logoHeadingPageLeaksNoPromoCreditOrScreenReaderLabel() {
        Transcript t = FixturePagesTest.clean("people/logo-h1-byline.html", "text/html");
        assertThat(texts(t)).containsExactly("The harbour master opened the gates at dawn",
                "The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.",
                "Fishing boats that had sheltered in the next town returned before noon, and the fish market opened an hour later.",
                "The repairs cost the town about two million dollars, most of it from a state grant approved in the autumn.");
    }

    @Test
    void outletInTheDateLineIsTheSiteAndTheWidgetHeadingIsNoTitle() {
        Transcript t = FixturePagesTest.clean("people/staff-credit.html", "text/html");
        assertThat(meta(t)).containsExactly("港口今晨重新开放", "青禾报", "陈一帆", "", "zh");
        assertThat(String.join("\n", texts(t))).doesNotContain("下载", "视频周报");
    }

    @Test
    void gluedCreditsAreCutAndGiveAuthorsAndTheEditor() {
        Transcript t = FixturePagesTest.clean("people/glued-credits.html", "text/html");
        assertThat(meta(t)).containsExactly("港口的声音：有你才有城！", "青禾周刊", "陈一帆,周岚,许青", "焦林", "zh");
        assertThat(texts(t)).containsExactly("港口今晨重新开放，停靠邻港的渔船在中午前陆续返航。", "鱼市场也在一小时后恢复营业，商贩表示生意已回到往常水平。",
                "正是有了你们，才有这座城！");
    }

    @Test
    void germanInterviewIsGermanWithTheInterviewerAsAuthorAndNoDisclaimer() {
        Transcript t = FixturePagesTest.clean("people/german-interview.html", "text/html");
        assertThat(meta(t)).containsExactly("\"Wir bauen die Mauer neu\"", "Radio Küste", "Jonas Keller", "", "de");
        assertThat(String.join("\n", texts(t))).doesNotContain("Äußerungen", "im Gespräch");
    }
}
