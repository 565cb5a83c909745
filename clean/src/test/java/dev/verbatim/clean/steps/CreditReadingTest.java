package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import org.junit.jupiter.api.Test;

/** Credits: outlets before reporter titles, role words after names, interview credits, bare names. */
class CreditReadingTest {

    private final BylineParser parser = new BylineParser(CleanSettings.defaults().metadata());
    private final MetadataLineParser lines = new MetadataLineParser(CleanSettings.defaults().metadata(), CleanSettings.defaults().dates());

    @Test
    void outletBeforeReporterTitleIsTheOutlet() {
        Byline b = parser.parse("青禾日报 记者陈一帆／即时报导");
        assertThat(b.authors() + "/" + b.outlet().orElse("")).isEqualTo("[陈一帆]/青禾日报");
    }

    @Test
    void staffCreditNamesOnlyTheOutlet() {
        Byline b = parser.parse("晨光新聞記者");
        assertThat(b.authors() + "/" + b.outlet().orElse("")).isEqualTo("[]/晨光新聞");
    }

    @Test
    void reporterTitleInsideASentenceNamesNoOutlet() {
        assertThat(parser.parse("以下是记者和店主的对话：").outlet()).isEmpty();
    }

    @Test
    void thisPapersReporterNamesNoOutlet() {
        Byline b = parser.parse("本报记者 王芳");
        assertThat(b.authors() + "/" + b.outlet().isPresent()).isEqualTo("[王芳]/false");
    }

    @Test
    void secondTitleAfterANameIsNoOutlet() {
        Byline b = parser.parse("记者 张三 通讯员 李四");
        assertThat(b.authors() + "/" + b.outlet().isPresent()).isEqualTo("[张三, 李四]/false");
    }

    @Test
    void roleWordAfterNameIsCut() {
        assertThat(parser.parse("原创： 林远舟编译 某某研究").authors()).containsExactly("林远舟");
    }

    @Test
    void commentatorsAreAuthors() {
        assertThat(parser.parse("评论员 周岚 许青").authors()).containsExactly("周岚", "许青");
    }

    @Test
    void interviewerOfAGermanInterviewCreditIsTheAuthor() {
        assertThat(parser.parse("Anna Berger im Gespräch mit Jonas Keller").authors()).containsExactly("Jonas Keller");
    }

    @Test
    void interviewerOfAnEnglishConversationCreditIsTheAuthor() {
        assertThat(parser.parse("Ann Lee in conversation with Tom Ray").authors()).containsExactly("Tom Ray");
    }

    @Test
    void capitalisedBylineKeepsNamesAsPrinted() {
        assertThat(parser.parse("BY JANE DOE, RAY ROE and ANN LEE-KING").authors())
                .containsExactly("JANE DOE", "RAY ROE", "ANN LEE-KING");
    }

    @Test
    void bareNamesNeedTheWholeText() {
        assertThat(parser.bareNames("Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(parser.bareNames("Jane Doe wrote this")).isEmpty();
    }

    @Test
    void timeZoneAfterTimeIsPartOfTheTime() {
        assertThat(lines.parse("Jane Doe - Apr 16, 2015 8:02 pm UTC").leftover()).isEqualTo("Jane Doe");
    }

    @Test
    void sourceKeepsInnerDotAndDropsLocation() {
        assertThat(lines.parse("2015-07-03 16:46:00 来源: 上海某报·某某证券网(上海)").source()).contains("上海某报·某某证券网");
    }

    @Test
    void sourceSpanOfDateLineIsTheOutlet() {
        MetadataLine line = lines.parse("2019年09月09日 20:52 某某财经-自媒体综合");
        assertThat(line.outlet().orElse("") + "/" + line.isMetadataOnly(25)).isEqualTo("某某财经-自媒体综合/true");
    }

    @Test
    void twoCharacterPlaceBesideABareTimeIsNoOutlet() {
        assertThat(lines.parse("2019年09月09日 20:52 北京").outlet()).isEmpty();
    }

    @Test
    void englishSourceFieldBesideDuration() {
        MetadataLine line = lines.parse("Source: Evening Radio | Duration: 3min 13sec");
        assertThat(line.source().orElse("") + "/" + line.hasSourceField()).isEqualTo("Evening Radio/true");
    }
}
