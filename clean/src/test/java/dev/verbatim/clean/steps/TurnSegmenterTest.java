package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Block;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnSegmenterTest {

    private final TurnSegmenter segmenter = new TurnSegmenter(dev.verbatim.clean.CleanSettings.defaults().speakers());

    private List<String> segment(String... lines) {
        return segmenter.segment(Arrays.stream(lines).map(SourceBlock::paragraph).toList()).blocks().stream()
                .map(b -> b.type().wireName() + b.speaker().map(s -> "[" + s + "]").orElse("") + ":" + b.text())
                .toList();
    }

    @Test
    void joinsContinuationParagraphsIntoTurn() {
        assertThat(segment("甲方：一。", "二。", "乙方：三。", "甲方：四。", "乙方：五。"))
                .startsWith("turn[甲方]:一。\n二。");
    }

    @Test
    void labelAloneStartsTheFollowingTurn() {
        assertThat(segment("甲方：", "一。", "乙方：二。", "甲方：三？", "乙方：四。")).startsWith("turn[甲方]:一。");
    }

    @Test
    void labelUsedOnceIsNotSpeaker() {
        assertThat(segment("价值函数:AI的情绪系统来了?", "正文。")).containsExactly("paragraph:价值函数:AI的情绪系统来了?",
                "paragraph:正文。");
    }

    @Test
    void narrationNamingSpeakerEndsTurn() {
        assertThat(segment("张三：一。", "李四：二。", "张三：三。", "张三笑了笑。", "李四：四。"))
                .contains("paragraph:张三笑了笑。");
    }

    @Test
    void roleIntroducedLabelMergesWithShortForm() {
        assertThat(segmenter.segment(Arrays.stream(new String[] {"主持人 王芳：好。", "李雷：好。", "王芳：再见。", "李雷：再见。"})
                .map(SourceBlock::paragraph).toList()).labels()).containsExactly("王芳", "李雷");
    }

    @Test
    void fullNameFirstMentionMergesWithShortForm() {
        assertThat(segmenter.segment(Arrays.stream(new String[] {"伊利亚·苏茨克维：好。", "帕特尔：嗯？", "苏茨克维：是。",
            "帕特尔：对？"}).map(SourceBlock::paragraph).toList()).labels()).containsExactly("苏茨克维", "帕特尔");
    }

    @Test
    void guessesShortPlainLineAsHeading() {
        List<Block> blocks = segmenter.segment(List.of(SourceBlock.line("第一部分的标题"), SourceBlock.line("正文。")))
                .blocks();
        assertThat(blocks.get(0)).isEqualTo(Block.heading("第一部分的标题"));
    }

    @Test
    void shortPlainLineInsideTurnStaysInTurnWhenNoLabelFollows() {
        List<Block> blocks = segmenter.segment(List.of(SourceBlock.line("甲方：一。"), SourceBlock.line("乙方：二。"),
                SourceBlock.line("甲方：三。"), SourceBlock.line("乙方：四。"), SourceBlock.line("这就是答案"),
                SourceBlock.line("五。"))).blocks();
        assertThat(blocks.get(3)).isEqualTo(Block.turn("乙方", "四。\n这就是答案\n五。"));
    }

    @Test
    void boldLabelUsedOnceIsSpeakerBesideRecurringOne() {
        List<SourceBlock> blocks = List.of(SourceBlock.boldLed("陈老板：一。"), SourceBlock.boldLed("记者：二？"),
                SourceBlock.boldLed("陈老板：三。"));
        assertThat(segmenter.segment(blocks).labels()).containsExactly("陈老板", "记者");
    }

    @Test
    void plainColonLineUsedOnceBetweenTurnsIsNoSpeaker() {
        List<SourceBlock> blocks = List.of(SourceBlock.line("甲方：一。"), SourceBlock.line("乙方：二。"),
                SourceBlock.line("价值函数:情绪系统来了?"), SourceBlock.line("甲方：三。"), SourceBlock.line("乙方：四。"));
        assertThat(segmenter.segment(blocks).blocks().get(2)).isEqualTo(Block.heading("价值函数:情绪系统来了?"));
    }

    private List<String> render(List<SourceBlock> blocks) {
        return segmenter.segment(blocks).blocks().stream()
                .map(b -> b.type().wireName() + b.speaker().map(l -> "[" + l + "]").orElse("") + ":" + b.text())
                .toList();
    }

    private static SourceBlock tagHeading(String text) {
        return new SourceBlock(SourceKind.HEADING, text, false, 0, false);
    }

    @Test
    void capitalLetterLabelsAndTheirOtherCaseAreOneSpeaker() {
        assertThat(segment("ANNA LEE: One.", "TOM HALL: Two.", "Anna Lee: Three.", "TOM HALL: Four."))
                .containsExactly("turn[ANNA LEE]:One.", "turn[TOM HALL]:Two.", "turn[ANNA LEE]:Three.",
                        "turn[TOM HALL]:Four.");
    }

    @Test
    void surnameAfterFullIntroductionIsTheLabel() {
        assertThat(segmenter.segment(Arrays.stream(new String[] {"Karin Fischer: Frage?", "Richard David Precht: Ja.",
            "Fischer: Noch eine?", "Precht: Nein."}).map(SourceBlock::paragraph).toList()).labels())
                .containsExactly("Fischer", "Precht");
    }

    @Test
    void firstNameAfterFullIntroductionIsTheLabel() {
        assertThat(segment("Shannon Crabill: Hi, I build emails.", "Kelly: Welcome!", "Shannon: Thanks.", "Kelly: Bye."))
                .containsExactly("turn[Shannon]:Hi, I build emails.", "turn[Kelly]:Welcome!", "turn[Shannon]:Thanks.",
                        "turn[Kelly]:Bye.");
    }

    @Test
    void timestampedLabelLineStartsTheTurnOnTheNextLine() {
        assertThat(render(List.of(SourceBlock.line("Ali [0:00]"), SourceBlock.line("Welcome to the show."),
                SourceBlock.line("Emma (00:00:18)"), SourceBlock.line("Thanks"), SourceBlock.line("Really glad."),
                SourceBlock.line("Ali 00:01:02"), SourceBlock.line("Great."), SourceBlock.line("Emma [1:05]"),
                SourceBlock.line("Bye."))))
                .containsExactly("turn[Ali]:Welcome to the show.", "turn[Emma]:Thanks\nReally glad.", "turn[Ali]:Great.",
                        "turn[Emma]:Bye.");
    }

    @Test
    void labelInItsOwnParagraphStartsTheFollowingTurn() {
        assertThat(segment("Maya Chen:", "Welcome back.", "Tomas Berg:", "Glad to be here.", "Maya Chen:", "Why soil?",
                "Tomas Berg:", "It feeds us."))
                .containsExactly("turn[Maya Chen]:Welcome back.", "turn[Tomas Berg]:Glad to be here.",
                        "turn[Maya Chen]:Why soil?", "turn[Tomas Berg]:It feeds us.");
    }

    @Test
    void outletLabelKeepsItsTitleMarks() {
        assertThat(segment("《晨报》：这意味着什么？", "张韫：意味着机会。", "《晨报》：周期长吗？", "张韫：不长。"))
                .containsExactly("turn[《晨报》]:这意味着什么？", "turn[张韫]:意味着机会。", "turn[《晨报》]:周期长吗？",
                        "turn[张韫]:不长。");
    }

    @Test
    void labelDefinedInTheLedeIsASpeakerEvenWhenUsedOnce() {
        String lede = "前部长Pinho接受了本报记者（以下简称NBD）专访。";
        assertThat(segment(lede, "NBD：中国的地位是怎样的？", "Pinho：很重要。", "Pinho：也很特殊。")).containsExactly(
                "paragraph:" + lede, "turn[NBD]:中国的地位是怎样的？", "turn[Pinho]:很重要。", "turn[Pinho]:也很特殊。");
        assertThat(segment("前部长Pinho接受了专访。", "NBD：中国的地位是怎样的？", "Pinho：很重要。", "Pinho：也很特殊。"))
                .noneMatch(t -> t.startsWith("turn"));
    }

    @Test
    void hereafterDefinitionNamesALabel() {
        assertThat(segment("We spoke to the mayor (hereafter \"Post\") about roads.", "Post: Why the delay?",
                "Ruiz: Funding ran out.", "Ruiz: It is back now."))
                .contains("turn[Post]:Why the delay?");
    }

    @Test
    void wholeBoldQuestionsAfterALabelledQuestionAreTheAskersTurns() {
        List<SourceBlock> blocks = List.of(SourceBlock.wholeBold("Mashable: How did Square start?", SourceKind.PARAGRAPH),
                SourceBlock.boldLed("McKelvey: With a lost sale."),
                SourceBlock.wholeBold("Was there a moment you knew?", SourceKind.HEADING),
                SourceBlock.boldLed("McKelvey: When I saw it in the wild."),
                SourceBlock.wholeBold("What do you give him crap about, and how did he respond when you did that?",
                        SourceKind.PARAGRAPH),
                SourceBlock.boldLed("McKelvey: Prada."));
        assertThat(render(blocks)).containsExactly("turn[Mashable]:How did Square start?",
                "turn[McKelvey]:With a lost sale.", "turn[Mashable]:Was there a moment you knew?",
                "turn[McKelvey]:When I saw it in the wild.",
                "turn[Mashable]:What do you give him crap about, and how did he respond when you did that?",
                "turn[McKelvey]:Prada.");
    }

    @Test
    void boldLineBeforeTheAskersNextQuestionIsASectionHeading() {
        List<SourceBlock> blocks = List.of(SourceBlock.wholeBold("记者：你怎么看？", SourceKind.HEADING),
                SourceBlock.boldLed("李金泽：很好。"), SourceBlock.wholeBold("发展战略", SourceKind.HEADING),
                SourceBlock.wholeBold("记者：为什么？", SourceKind.HEADING), SourceBlock.boldLed("李金泽：因为市场。"));
        assertThat(render(blocks)).containsExactly("turn[记者]:你怎么看？", "turn[李金泽]:很好。", "heading:发展战略",
                "turn[记者]:为什么？", "turn[李金泽]:因为市场。");
    }

    @Test
    void pageWithoutLabelsHasNoTurnsEvenWithBoldQuestions() {
        List<SourceBlock> blocks = List.of(SourceBlock.wholeBold("How will bonds do next year?", SourceKind.HEADING),
                SourceBlock.paragraph("Better than this year."),
                SourceBlock.wholeBold("What about inflation?", SourceKind.HEADING), SourceBlock.paragraph("Lower."));
        assertThat(render(blocks)).containsExactly("heading:How will bonds do next year?",
                "paragraph:Better than this year.", "heading:What about inflation?", "paragraph:Lower.");
    }

    @Test
    void soundCueAloneEndsTheTurnAndCueInSpeechStays() {
        assertThat(segment("ANNA: Hello.", "TOM: Hi.", "[MUSIC PLAYING]", "ANNA: [LAUGHS] Well, bye.", "TOM: Bye.",
                "[MUSIC PLAYING]"))
                .containsExactly("turn[ANNA]:Hello.", "turn[TOM]:Hi.", "paragraph:[MUSIC PLAYING]",
                        "turn[ANNA]:[LAUGHS] Well, bye.", "turn[TOM]:Bye.", "paragraph:[MUSIC PLAYING]");
    }

    @Test
    void headingTagWithANameAndColonIsAHeadingUnlessAQuestion() {
        List<SourceBlock> blocks = List.of(SourceBlock.paragraph("Fischer: Frage?"), SourceBlock.paragraph("Precht: Ja."),
                tagHeading("Precht: Das Auto wird verschwinden"), SourceBlock.paragraph("Fischer: Wirklich?"),
                SourceBlock.paragraph("Precht: Ja."), tagHeading("Q: How do you plan your day?"),
                tagHeading("Q: Favourite gadget"));
        assertThat(render(blocks)).containsExactly("turn[Fischer]:Frage?", "turn[Precht]:Ja.",
                "heading:Precht: Das Auto wird verschwinden", "turn[Fischer]:Wirklich?", "turn[Precht]:Ja.",
                "turn[Q]:How do you plan your day?", "turn[Q]:Favourite gadget");
    }

    @Test
    void sentenceOfTheAnswerSetOffAsAHeadingStaysInTheTurn() {
        List<SourceBlock> blocks = List.of(SourceBlock.paragraph("Matt: Does money constrain a state?"),
                SourceBlock.paragraph("Adam: Less than we think."),
                tagHeading("I do think the fear of that freedom is at the heart of modern conservatism."),
                SourceBlock.paragraph("Because the real constraints are political."),
                tagHeading("How Contingent Was the War"), SourceBlock.paragraph("Matt: Was it?"),
                SourceBlock.paragraph("Adam: Yes."));
        assertThat(render(blocks)).containsExactly("turn[Matt]:Does money constrain a state?",
                "turn[Adam]:Less than we think.\nI do think the fear of that freedom is at the heart of modern "
                        + "conservatism.\nBecause the real constraints are political.",
                "heading:How Contingent Was the War", "turn[Matt]:Was it?", "turn[Adam]:Yes.");
    }

    @Test
    void guestWhoSpeaksOnceIsASpeakerWhenThePageNamesThem() {
        assertThat(segment("记者：余承东怎么看？", "任正非：他很生气。", "记者：还有呢？", "任正非：没有了。",
                "余承东：希望老板多支持，有些话被误读了。", "任正非：余承东，你的腰杆没撑直。"))
                .contains("turn[余承东]:希望老板多支持，有些话被误读了。");
        assertThat(segment("记者：怎么看？", "任正非：他很生气。", "记者：还有呢？", "任正非：没有了。",
                "价值函数:AI的情绪系统来了?", "任正非：价值函数很重要。"))
                .noneMatch(t -> t.startsWith("turn[价值函数]"));
    }

    @Test
    void nameListsAndContactLinesAreNotTurns() {
        List<SourceBlock> blocks = List.of(SourceBlock.boldLed("Colorado: Ann Smith, Bob Jones"),
                SourceBlock.boldLed("Iowa: Carl Diaz, Dee Evans"), SourceBlock.paragraph("Ben Romano: 206-652-6593 or b@x.com"));
        assertThat(render(blocks)).noneMatch(t -> t.startsWith("turn"));
    }

    @Test
    void unlabelledCopyOfTheTranscriptAppearsOnce() {
        String intro = "I am Ezra Klein, and this is a show about ideas that matter.";
        String reply = "Great to be back, and thank you for having me on again today.";
        assertThat(segment("ezra klein", intro, "patrick collison", reply, "EZRA KLEIN: " + intro,
                "PATRICK COLLISON: " + reply, "EZRA KLEIN: Why?", "PATRICK COLLISON: Because."))
                .containsExactly("turn[EZRA KLEIN]:" + intro, "turn[PATRICK COLLISON]:" + reply, "turn[EZRA KLEIN]:Why?",
                        "turn[PATRICK COLLISON]:Because.");
    }

    @Test
    void speakerNameAloneOnItsLineStartsTheTurn() {
        assertThat(segment("ANNA LEE: Hello.", "TOM HALL: Hi.", "Anna Lee", "How are you?", "TOM HALL: Fine.",
                "ANNA LEE: Good."))
                .containsExactly("turn[ANNA LEE]:Hello.", "turn[TOM HALL]:Hi.", "turn[ANNA LEE]:How are you?",
                        "turn[TOM HALL]:Fine.", "turn[ANNA LEE]:Good.");
    }

    @Test
    void editorsNoteOnTheTextEndsTheTurn() {
        assertThat(segment("ANNA: Hello.", "TOM: Hi.", "ANNA: Bye.", "TOM: Bye now.",
                "This interview has been edited for length and clarity.", "记者：好。", "李四：好。", "记者：谢谢。",
                "李四：不客气。", "（采访内容经本人审阅并有删节）", "以上内容经编辑整理。"))
                .containsSubsequence("turn[TOM]:Bye now.", "paragraph:This interview has been edited for length and clarity.",
                        "turn[李四]:不客气。", "paragraph:（采访内容经本人审阅并有删节）", "paragraph:以上内容经编辑整理。");
    }

    @Test
    void shortLabelDefinitionFormsAreRead() {
        assertThat(segment("本报记者（下称“记者”）与他谈了谈。", "记者：为什么？", "王五：因为。", "王五：所以。"))
                .contains("turn[记者]:为什么？");
    }

    @Test
    void honorificFormAndFullNameAreOneSpeaker() {
        assertThat(segmenter.segment(Arrays.stream(new String[] {"The Economist: What is a supermind?",
            "Thomas Malone: A group acting together.", "The Economist: Why now?", "Mr Malone: Because of the web."})
                .map(SourceBlock::paragraph).toList()).labels()).containsExactly("The Economist", "Mr Malone");
    }

    @Test
    void fieldListsAreNoConversation() {
        assertThat(segment("Producers: Ann Smith, Bob Jones", "Record Label: Big Note Records", "Producers: Carl Diaz",
                "Record Label: Small Note Records")).noneMatch(t -> t.startsWith("turn"));
    }

    @Test
    void pageWhereOnlyOneSpeakerGetsAWordHasNoTurns() {
        List<SourceBlock> blocks = List.of(SourceBlock.paragraph("Tipp: Fragen Sie Ihren Arbeitgeber."),
                SourceBlock.paragraph("Quelle:"), tagHeading("Rente mit 63"),
                SourceBlock.paragraph("Tipp: Sparen Sie früh."), SourceBlock.paragraph("Quelle:"), tagHeading("Fazit"));
        assertThat(render(blocks)).containsExactly("paragraph:Tipp: Fragen Sie Ihren Arbeitgeber.", "paragraph:Quelle:",
                "heading:Rente mit 63", "paragraph:Tipp: Sparen Sie früh.", "paragraph:Quelle:", "heading:Fazit");
    }

    @Test
    void boldLabelUsedOnceFarFromTheConversationIsNoSpeaker() {
        List<SourceBlock> blocks = List.of(SourceBlock.boldLed("Peanut Butter: The star ingredient."),
                SourceBlock.paragraph("Mix everything."), SourceBlock.paragraph("Roll the dough."),
                SourceBlock.paragraph("Chill it."), SourceBlock.paragraph("Anna: Did you like it?"),
                SourceBlock.paragraph("Tom: Very much."), SourceBlock.paragraph("Anna: Again?"),
                SourceBlock.paragraph("Tom: Yes."));
        assertThat(segmenter.segment(blocks).labels()).containsExactly("Anna", "Tom");
    }
}
