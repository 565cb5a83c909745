package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser(dev.verbatim.clean.CleanSettings.defaults().metadata()
            .detectLanguages());

    @Test
    void hanTextIsChineseWhateverTheDeclaredLanguage() {
        assertThat(guesser.guess(List.of("这是一段中文。"), Optional.of("en"))).isEqualTo("zh");
    }

    @Test
    void kanaMarksJapanese() {
        assertThat(guesser.guess(List.of("これは日本語の文章です。"), Optional.empty())).isEqualTo("ja");
    }

    @Test
    void latinTextTakesDeclaredLanguage() {
        assertThat(guesser.guess(List.of("Ceci est un texte."), Optional.of("fr-FR"))).isEqualTo("fr");
    }

    @Test
    void hangulIsKorean() {
        assertThat(guesser.guess(List.of("한국어 문장입니다"), Optional.empty())).isEqualTo("ko");
    }

    @Test
    void undeclaredEnglishIsRecognizedByItsWords() {
        assertThat(guesser.guess(List.of("The city and the state pay for most of the work."), Optional.empty()))
                .isEqualTo("en");
    }

    @Test
    void functionWordsCountWhateverTheirCaseAndOnlyAsWholeWords() {
        // 2 of 8 words: "THE", "And"; "theory" and "isn't" hold function words but are other words.
        assertThat(guesser.guess(List.of("THE theory And isn't quite settled, says Lemaître."), Optional.of("fr")))
                .isEqualTo("en");
        // 1 of 7 words (under a fifth): the declared language stands.
        assertThat(guesser.guess(List.of("Lemaître's theory: ancient, quite settled; the end."), Optional.of("fr")))
                .isEqualTo("fr");
    }

    @Test
    void undeclaredGermanIsDetected() {
        assertThat(guesser.guess(List.of("Der Hafen wird im Winter geschlossen, weil die Stadt das Geld für die "
                + "Reparatur der alten Kaimauer nicht aufbringen kann."), Optional.empty())).isEqualTo("de");
    }

    @Test
    void textOutweighsAWrongDeclaration() {
        assertThat(guesser.guess(List.of("Le port sera fermé cet hiver, car la ville ne peut pas payer la réparation "
                + "du vieux quai.", "Les pêcheurs devront amarrer leurs bateaux dans le port voisin, à une heure de route, "
                + "jusqu'au printemps prochain, quand les travaux commenceront enfin."), Optional.of("en"))).isEqualTo("fr");
    }

    @Test
    void textWithoutLettersTakesTheDeclaration() {
        assertThat(guesser.guess(List.of("12:30 — 14:45"), Optional.of("de"))).isEqualTo("de");
    }

    @Test
    void unknownDetectorLanguageIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LanguageGuesser(List.of("xx")))
                .hasMessageContaining("xx");
    }

    @Test
    void readsFunctionWordsInAnyCaseButNotThroughADottedCapitalI() {
        String shouting = "THE MAYOR AND THE COUNCIL MET IN THE HALL OF THE CITY TO VOTE ON IT AT LAST";
        assertThat(guesser.guess(java.util.List.of(shouting), java.util.Optional.empty())).isEqualTo("en");
        // U+0130 lower-cases to two characters: "\u0130N" is not "in", nor "\u0130S" "is".
        String dotted = "\u0130N \u0130S \u0130T \u0130N \u0130S \u0130T \u0130N \u0130S \u0130T \u0130N \u0130S \u0130T";
        assertThat(guesser.guess(java.util.List.of(dotted), java.util.Optional.of("tr"))).isEqualTo("tr");
    }
}
