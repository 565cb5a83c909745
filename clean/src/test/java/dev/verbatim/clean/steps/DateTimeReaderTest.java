package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateTimeReaderTest {

    private final DateTimeReader reader = new DateTimeReader(dev.verbatim.clean.CleanSettings.defaults().dates());
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private String at(String text) {
        return reader.find(text).map(t -> t.at(CHINA).toString()).orElse("none");
    }

    @Test
    void readsDashedDateTimeWithSeconds() {
        assertThat(at("时间:2025-11-26 16:13:07")).isEqualTo("2025-11-26T16:13:07+08:00");
    }

    @Test
    void readsChineseDateWithoutSeconds() {
        assertThat(at("2025年11月26日 16:13")).isEqualTo("2025-11-26T16:13+08:00");
    }

    @Test
    void keepsStatedOffset() {
        assertThat(at("2025-10-02T14:00:00-04:00")).isEqualTo("2025-10-02T14:00-04:00");
    }

    @Test
    void readsEnglishMonthName() {
        assertThat(at("October 2, 2025")).isEqualTo("2025-10-02T00:00+08:00");
    }

    @Test
    void ignoresMonthDayWithoutYear() {
        assertThat(at("11月26日凌晨")).isEqualTo("none");
    }

    @Test
    void ignoresImpossibleDate() {
        assertThat(at("2025-13-45")).isEqualTo("none");
    }

    @Test
    void readsDayBeforeMonthName() {
        assertThat(at("12 September 2025")).isEqualTo("2025-09-12T00:00+08:00");
    }

    @Test
    void readsMonthNamesOfSevenLanguagesFromLocaleData() {
        assertThat(at("26. Januar 2014")).isEqualTo("2014-01-26T00:00+08:00");
        assertThat(at("1er février 2020")).isEqualTo("2020-02-01T00:00+08:00");
        assertThat(at("26 de enero de 2014")).isEqualTo("2014-01-26T00:00+08:00");
        assertThat(at("6 dicembre 2020")).isEqualTo("2020-12-06T00:00+08:00");
        assertThat(at("26 de março de 2020")).isEqualTo("2020-03-26T00:00+08:00");
        assertThat(at("12 mrt. 2020")).isEqualTo("2020-03-12T00:00+08:00");
        assertThat(at("Sept. 5, 2019")).isEqualTo("2019-09-05T00:00+08:00");
    }

    @Test
    void readsDayFirstNumericAndMonthFirstOnRequest() {
        assertThat(at("28.04.2019 14:30 Uhr")).isEqualTo("2019-04-28T14:30+08:00");
        assertThat(at("04/05/2020")).isEqualTo("2020-05-04T00:00+08:00");
        assertThat(reader.find("04/05/2020", true).map(t -> t.local().toString())).contains("2020-04-05T00:00");
        assertThat(reader.find("04/28/2020", false).map(t -> t.local().toString())).contains("2020-04-28T00:00");
    }

    @Test
    void readsRfc2822BasicIsoAndZoneNames() {
        assertThat(at("Sun, 26 Jan 2014 21:32:46 +0000")).isEqualTo("2014-01-26T21:32:46Z");
        assertThat(at("20200516T14:51:53Z")).isEqualTo("2020-05-16T14:51:53Z");
        assertThat(at("2022-09-27T16:25:17.221Z")).isEqualTo("2022-09-27T16:25:17Z");
        assertThat(at("Jan 5, 2020 10:35 PM PST")).isEqualTo("2020-01-05T22:35-08:00");
        assertThat(at("April 28, 2019 at 6:01 am ET")).isEqualTo("2019-04-28T06:01-04:00");
    }

    @Test
    void readsFullWidthChineseDate() {
        assertThat(at("２０２０年５月１６日　１４：５１")).isEqualTo("2020-05-16T14:51+08:00");
    }

    @Test
    void findsEveryDateInOrder() {
        assertThat(reader.findAll("Published 28.04.2019, updated April 29, 2019", false).stream()
                .map(t -> t.local().toLocalDate().toString()).toList()).containsExactly("2019-04-28", "2019-04-29");
    }
}
