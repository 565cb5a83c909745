package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A screen may only rule out texts its expression cannot match, and should rule out most others. */
class RegexScreenTest {

    private static final List<String> TEXTS = List.of("", "Copyright 2024 Example", "This TRANSCRIPT may contain errors.",
            "It may not be Reproduced.", "免责声明：本文", "沪ICP备123号", "By Jane", "xyz alone", "a bar here", "FOO",
            "扫码下载客户端", "新闻热线：(010)12345", "报料: 123", "点此下载", "點擊這裡下載", "請下載我們的APP",
            "Please consider supporting us", "SUPPORT OUR JOURNALISM", "Follow us on X", "Contact us.",
            "Get the free app", "Learn more.", "Click HERE", "QR Code", "Jetzt abonnieren!", "Abonnez-vous",
            "suscríbete", "Äußerungen unserer Gäste", "the views expressed here are not ours",
            "does not necessarily reflect", "nao", "não refletem necessariamente", "n'engagent que leurs auteurs",
            "成为我们的会员", "月费会员", "更多精彩，请", "二维码", "Kelvin \u212Aelvin", "abcabc", "aaab", "tab\there");

    @Test
    void neverRulesOutATextTheExpressionFindsAMatchIn() {
        List<String> regexes = new ArrayList<>(List.of("(?i:abc)?xyz", "(?i:foo)|bar", "a+b", "(?:ab){2}", "[a-c]{3}",
                "x?y*z{0,2}", "(?=abc)ab", "tab\\t", "(?i:k)elvin", "\\bMay\\b", "[^a]b"));
        BoilerplateRules rules = CleanSettings.defaults().boilerplate();
        regexes.addAll(rules.disclaimerPatterns());
        regexes.addAll(rules.actionPatterns());
        regexes.addAll(rules.promptPatterns());
        regexes.addAll(rules.commentHeadingPatterns());
        for (String regex : regexes) {
            Optional<RegexScreen> screen = RegexScreen.of(regex);
            Pattern p = Pattern.compile(regex);
            for (String text : TEXTS) {
                if (screen.isPresent() && p.matcher(text).find()) {
                    assertThat(screen.get().admits(text)).as(regex + " on " + text).isTrue();
                }
            }
        }
    }

    @Test
    void readsTheLongestTextOutsideOptionalPartsAndBranches() {
        assertThat(needle("(?i:transcripts?\\b.{0,80}\\bmay (?:contain|not be)\\b)")).contains("transcript");
        assertThat(needle("(?i:\\bmay not be (?:reproduced|republished)\\b)")).contains("may not be ");
        assertThat(needle("(?i:\\bdo(?:es)? not necessarily (?:reflect|represent)\\b)")).contains(" not necessarily ");
        assertThat(needle("(?i:abc)?xyz")).contains("xyz");
        assertThat(needle("(?i:Äußerungen)")).contains("Äußerungen"); // (?i) folds ASCII letters only
        assertThat(needle("不代表本[网站網]")).contains("不代表本");
        assertThat(needle("(?i:foo)|bar")).isEmpty();
        assertThat(needle("ab")).isEmpty();
    }

    @Test
    void screensByCharactersWhenNoTextIsRequired() {
        RegexScreen s = RegexScreen.of("(?:报料|報料|爆料|新闻|新聞)(?:热线|熱線)?\\s*[:：]\\s*[\\d(（+]").orElseThrow();
        assertThat(s.admits("新闻：1")).isTrue();
        assertThat(s.admits("News: 1 and more text")).isFalse();
        RegexScreen folded = RegexScreen.of("(?i:foo)|bar").orElseThrow();
        assertThat(folded.admits("FOO")).isTrue();
        assertThat(folded.admits("qux")).isFalse();
        RegexScreen needle = RegexScreen.of("(?i:\\bclick here\\b)").orElseThrow();
        assertThat(needle.admits("Please cLiCk HeRe now")).isTrue();
        assertThat(needle.admits("click, Click, CLICK there")).isFalse();
        assertThat(needle.admits("xx CLICK HERE")).isTrue();
    }

    @Test
    void aCaseBlindScreenAdmitsEveryTextTheRulesMatchInAnyCase() {
        DateRules dates = CleanSettings.defaults().dates();
        List<List<String>> lists = List.of(dates.publishedLabels(), dates.modifiedLabels(), dates.ignoredLabels(),
                dates.dateClasses(), dates.otherContent());
        List<String> texts = new ArrayList<>(TEXTS);
        texts.addAll(List.of("Last UPDATED: ", "Veröffentlicht am", "VERÖFFENTLICHT", "Stand:", "\u017Ftand", "po\u017Fted",
                "\u212Aommentar", "CommentList", "post-meta", "entry-DATE", "发布时间：", "編輯於", "© ", "(C) 2020",
                "née le", "NÉE LE", "main-nav", "has-SIDEBAR", "most-read", "mostread", "plain text", "flex items-center"));
        int ruledOut = 0;
        for (List<String> alternatives : lists) {
            String regex = String.join("|", alternatives.stream().map(a -> "(?:" + a + ")").toList());
            RegexScreen screen = RegexScreen.caseBlind(regex).orElseThrow(() -> new AssertionError("no screen: " + regex));
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String text : texts) {
                if (p.matcher(text).find()) {
                    assertThat(screen.admits(text)).as(regex + " on " + text).isTrue();
                } else if (!screen.admits(text)) {
                    ruledOut++;
                }
            }
        }
        assertThat(ruledOut).isGreaterThan(texts.size());
    }

    @Test
    void aCaseBlindScreenHoldsOneNeedleOfEachBranch() {
        RegexScreen s = RegexScreen.caseBlind("(?:^|[\\s_-])(?:comment|reply)|mis\\s+(?:à|a)\\s+jour").orElseThrow();
        assertThat(s.admits("ReplyBox")).isTrue();
        assertThat(s.admits("MIS À JOUR")).isTrue();
        assertThat(s.admits("repl y mis a")).isFalse();
        assertThat(RegexScreen.caseBlind("abc|x")).isEmpty();
        assertThat(RegexScreen.caseBlind("abc|\\d+")).isEmpty();
    }

    @Test
    void givesNoScreenForSyntaxItDoesNotFollow() {
        assertThat(RegexScreen.of("(?i)abcdef")).isEmpty();
        assertThat(RegexScreen.of("(a)\\1bcdef")).isEmpty();
        assertThat(RegexScreen.of("\\Qabc\\E")).isEmpty();
        assertThat(RegexScreen.of("[a[b]]cdef")).isEmpty();
        assertThat(RegexScreen.of("abc)")).isEmpty();
        assertThat(RegexScreen.of(".*")).isEmpty();
    }

    private static Optional<String> needle(String regex) {
        return RegexScreen.of(regex).flatMap(RegexScreen::needleText);
    }
}
