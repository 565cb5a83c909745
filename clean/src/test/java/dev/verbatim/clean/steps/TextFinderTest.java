package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The finder gives each key's first place, as {@code indexOf} does, however the keys overlap. */
class TextFinderTest {

    @Test
    void findsTheFirstPlaceOfEachKeyAsIndexOfDoes() {
        Random random = new Random(43);
        String alphabet = "ab\"dD:_é新";
        int found = 0;
        int absent = 0;
        for (int round = 0; round < 3_000; round++) {
            List<String> keys = new ArrayList<>();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                keys.add(random(random, alphabet, 2 + random.nextInt(5)));
            }
            TextFinder finder = new TextFinder(keys);
            String text = random(random, alphabet, random.nextInt(200));
            int[] places = finder.firstPlaces(text);
            for (int k = 0; k < keys.size(); k++) {
                assertThat(places[k]).as("%s in %s", keys.get(k), text).isEqualTo(text.indexOf(keys.get(k)));
                found += places[k] >= 0 ? 1 : 0;
                absent += places[k] < 0 ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(1_000);
        assertThat(absent).isGreaterThan(1_000);
    }

    @Test
    void findsPublicationKeysInPageData() {
        TextFinder finder = new TextFinder(List.of("\"datePublished\"", "\"uploadDate\""));
        String data = "window.__DATA__={\"title\":\"x\",\"uploadDate\":\"2020-01-02\",\"datePublished\":\"2020-01-01\"}";
        assertThat(finder.firstPlaces(data)).containsExactly(data.indexOf("\"datePublished\""), data.indexOf("\"uploadDate\""));
        assertThat(finder.firstPlaces("short")).containsExactly(-1, -1);
    }

    @Test
    void aKeyIsTwoCharactersOrMore() {
        assertThatThrownBy(() -> new TextFinder(List.of("a"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TextFinder(List.of()).firstPlaces("\"datePublished\": 1")).isEmpty(); // a rules file may list no keys
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
