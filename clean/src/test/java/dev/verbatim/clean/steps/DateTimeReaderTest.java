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
}
