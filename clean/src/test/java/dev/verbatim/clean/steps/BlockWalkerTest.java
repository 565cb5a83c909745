package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockWalkerTest {

    private final BlockWalker walker = new BlockWalker();

    private List<SourceBlock> walk(String html) {
        return walker.walk(Jsoup.parse(html).body());
    }

    @Test
    void readsHeadingsParagraphsAndCaptionsInOrder() {
        List<SourceBlock> blocks = walk("<h2>一</h2><p>二</p><figure><img><figcaption>三</figcaption></figure>");
        assertThat(blocks).extracting(b -> b.kind() + ":" + b.text())
                .containsExactly("HEADING:一", "PARAGRAPH:二", "CAPTION:三");
    }

    @Test
    void splitsParagraphAtLineBreaks() {
        assertThat(walk("<p>第一行<br>第二行<br/><br>第三行</p>")).extracting(SourceBlock::text)
                .containsExactly("第一行", "第二行", "第三行");
    }

    @Test
    void treatsStandaloneBoldLineAsHeading() {
        assertThat(walk("<p><strong>小标题</strong></p>")).extracting(SourceBlock::kind)
                .containsExactly(SourceKind.HEADING);
    }

    @Test
    void keepsBoldLabelParagraphAsParagraph() {
        assertThat(walk("<p><strong>王芳：</strong>你好。</p>")).extracting(b -> b.kind() + ":" + b.text())
                .containsExactly("PARAGRAPH:王芳：你好。");
    }

    @Test
    void skipsHiddenAndShareElements() {
        assertThat(walk("<div style='display:none'>藏</div><div class='share-bar'>分享</div><p>正文</p>"))
                .extracting(SourceBlock::text).containsExactly("正文");
    }

    @Test
    void fieldsWhoseLabelIsHiddenAreShown() {
        String para = "<div class='field field--name-body field--label-hidden'><p>Absatz %d des Artikels.</p></div>";
        assertThat(walk("<div>" + para.formatted(1) + para.formatted(2) + para.formatted(3)
                + "<div class='visually-hidden'>Nur für Screenreader</div></div>"))
                .extracting(SourceBlock::text)
                .containsExactly("Absatz 1 des Artikels.", "Absatz 2 des Artikels.", "Absatz 3 des Artikels.");
    }

    @Test
    void separatesAdjacentInlineElementsWithSpace() {
        assertThat(walk("<div><span>文 | 张三</span><span>2024-01-01</span></div>")).extracting(SourceBlock::text)
                .containsExactly("文 | 张三 2024-01-01");
    }

    @Test
    void measuresLinkDensity() {
        assertThat(walk("<p><a href='/a'>全部</a></p>").get(0).linkDensity()).isEqualTo(1.0);
    }

    @Test
    void readsListItemsAsParagraphs() {
        assertThat(walk("<ul><li>甲</li><li>乙</li></ul>")).extracting(SourceBlock::text).containsExactly("甲", "乙");
    }

    @Test
    void treatsInlineBoldStyleAsBold() {
        assertThat(walk("<p><span style='font-weight: 700'>小标题</span></p>")).extracting(SourceBlock::kind)
                .containsExactly(SourceKind.HEADING);
    }

    @Test
    void readsShortTextUnderImageAsCaption() {
        assertThat(walk("<p><img src='a.jpg'><br>图为村里的新书架。</p>")).extracting(b -> b.kind() + ":" + b.text())
                .containsExactly("CAPTION:图为村里的新书架。");
    }

    @Test
    void emojiImageDoesNotMakeCaption() {
        assertThat(walk("<p>好的<img class='emoji' src='smile.png'></p>")).extracting(SourceBlock::kind)
                .containsExactly(SourceKind.PARAGRAPH);
    }

    @Test
    void labelSplitOverTwoBoldRunsIsOneWord() {
        assertThat(walk("<p><b>S</b><b>unshine:</b> Wie kam es dazu?</p>")).extracting(SourceBlock::text)
                .containsExactly("Sunshine: Wie kam es dazu?");
    }

    @Test
    void marksWhollyBoldParagraphs() {
        String question = "Was there a moment when you realized that the company had succeeded on a greater level?";
        assertThat(walk("<p><strong>" + question + "</strong></p><p><strong>McKelvey:</strong> Yes.</p>"))
                .extracting(b -> b.boldWhole() + ":" + b.boldLead()).containsExactly("true:true", "false:true");
    }

    @Test
    void boldWrappingWholeParagraphsMakesThemBold() {
        assertThat(walk("<strong><p>记者：你怎么看？</p></strong><p><b>李金泽：</b>很好。</p>"))
                .extracting(b -> b.text() + ":" + b.boldWhole()).containsExactly("记者：你怎么看？:true", "李金泽：很好。:false");
    }
}
