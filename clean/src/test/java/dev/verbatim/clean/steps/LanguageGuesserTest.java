package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

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
    void undeclaredLatinTextWithoutEnglishWordsIsUndetermined() {
        assertThat(guesser.guess(List.of("Der Hafen wird im Winter geschlossen."), Optional.empty())).isEqualTo("und");
    }
}
