package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsFieldsAndCutsTheBlock() {
        FrontMatter.Split s = FrontMatter.split("---\ntitle: \"港口夜市重開\"\ndate: 2019-03-02\nauthor: 陳小文\n"
                + "categories: 本地\ntags:\n  - 夜市\n  - 旺角\n---\n\n# 港口夜市重開\n\n正文。\n");
        assertThat(s.meta()).isEqualTo(new FrontMatter(Optional.of("港口夜市重開"), Optional.of("2019-03-02"),
                List.of("陳小文"), List.of("本地", "夜市", "旺角"), Optional.empty()));
        assertThat(s.body()).isEqualTo("\n# 港口夜市重開\n\n正文。\n");
    }

    @Test
    void authorListsAndNamedObjectsGiveEveryName() {
        FrontMatter.Split s = FrontMatter.split("---\nauthors:\n  - name: Ana Ruiz\n  - Tom Field\nlang: en\n---\nBody\n");
        assertThat(s.meta().authors()).containsExactly("Ana Ruiz", "Tom Field");
        assertThat(s.meta().lang()).contains("en");
        assertThat(s.body()).isEqualTo("Body\n");
    }

    @Test
    void unquotedDateTimesStayAsWritten() {
        assertThat(FrontMatter.split("---\ndate: 2019-05-22T10:30:00+08:00\n---\nx").meta().date())
                .contains("2019-05-22T10:30:00+08:00");
        assertThat(FrontMatter.split("---\ndate: 2019-05-22 10:30:00 +0800\n---\nx").meta().date())
                .contains("2019-05-22 10:30:00 +0800");
        assertThat(FrontMatter.split("---\npubDate: 2019-05-22\n---\nx").meta().date()).contains("2019-05-22");
    }

    @Test
    void brokenYamlIsCutButGivesNoFields() {
        FrontMatter.Split s = FrontMatter.split("---\ntitle: [unclosed\n---\nBody\n");
        assertThat(s.meta()).isEqualTo(FrontMatter.none());
        assertThat(s.body()).isEqualTo("Body\n");
    }

    @Test
    void textWithoutOpeningFenceIsAllBody() {
        String text = "Intro line\n---\ntitle: x\n---\n";
        assertThat(FrontMatter.split(text).body()).isEqualTo(text);
        assertThat(FrontMatter.opensText(text)).isFalse();
    }

    @Test
    void opensTextNeedsAKeyField() {
        assertThat(FrontMatter.opensText("---\ndate: 2020-01-01\n---\nx")).isTrue();
        assertThat(FrontMatter.opensText("---\nJust a rule and prose\n---\nx")).isFalse();
    }
}
