package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gb2312", "GBK", "x-gbk", "gb_2312-80", "cp936", " \"GB2312\" ", "gb18030"})
    void readsGbLabelsAsGb18030(String label) {
        assertThat(CharsetLabels.resolve(label)).contains(Charset.forName("GB18030"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"big5", "BIG5", "big5-hkscs", "x-x-big5"})
    void readsBig5LabelsAsBig5Hkscs(String label) {
        assertThat(CharsetLabels.resolve(label)).contains(Charset.forName("Big5-HKSCS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso-8859-1", "ISO_8859-1", "latin1", "us-ascii", "ascii", "windows-1252"})
    void readsLatin1AndAsciiLabelsAsWindows1252(String label) {
        assertThat(CharsetLabels.resolve(label)).contains(Charset.forName("windows-1252"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo-bar", "", "  ", "\"\"", "a b", "utf-8;", "!!"})
    void givesNothingForUnknownOrIllegalLabels(String label) {
        assertThat(CharsetLabels.resolve(label)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "UTF-16LE", "utf-16be", "utf-32"})
    void readsWideMetaLabelsAsUtf8(String label) {
        assertThat(CharsetLabels.resolveMeta(label)).contains(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"koi8-r", "EUC-JP", "windows-1251"})
    void resolvesOtherJavaCharsets(String label) {
        assertThat(CharsetLabels.resolve(label)).contains(Charset.forName(label));
    }
}
