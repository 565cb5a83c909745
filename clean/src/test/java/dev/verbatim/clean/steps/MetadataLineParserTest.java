package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataLineParserTest {

    private final MetadataLineParser parser = new MetadataLineParser(dev.verbatim.clean.CleanSettings.defaults().metadata(), dev.verbatim.clean.CleanSettings.defaults().dates());

    @Test
    void readsOutletBetweenIpAndTimeFields() {
        assertThat(parser.parse("IP属地 中国·上海 某某新闻APP 时间:2024-05-06 07:08:09").outlet()).contains("某某新闻APP");
    }

    @Test
    void readsIpLocation() {
        assertThat(parser.parse("IP属地 中国·上海 时间:2024-05-06 07:08:09").ip()).contains("中国·上海");
    }

    @Test
    void readsSourceAttribution() {
        assertThat(parser.parse("2024-01-02 来源：新华社").source()).contains("新华社");
    }

    @Test
    void photoSourceIsNotAnAttribution() {
        assertThat(parser.parse("图片来源：视觉中国").source()).isEmpty();
    }

    @Test
    void bylineWithDateAndViewsIsMetadataOnly() {
        String line = "文 | 张三 2024-01-02 10:30 阅读 3.2万";
        assertThat(parser.parse(line).isMetadataOnly(line.length())).isTrue();
    }

    @Test
    void sentenceWithDateIsNotMetadata() {
        String line = "他说我们在2020年3月1日就已经完成了第一轮测试。";
        assertThat(parser.parse(line).isMetadataOnly(line.length())).isFalse();
    }

    @Test
    void leftoverLosesSeparatorsAndFreeHyphensButKeepsAHyphenInAName() {
        assertThat(parser.parse("2019年09月09日 20:52 | 新浪财经-自媒体综合 -【热点】- x_y").leftover())
                .isEqualTo("新浪财经-自媒体综合 热点 x y");
    }
}
