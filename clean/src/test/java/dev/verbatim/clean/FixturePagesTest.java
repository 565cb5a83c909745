package dev.verbatim.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Block;
import dev.verbatim.model.BlockType;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Speaker;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** End-to-end behaviour on the hand-written fixture pages under {@code pages/}. */
class FixturePagesTest {

    private static final PageCleaner CLEANER = new PageCleaner(CleanSettings.defaults());

    @Test
    void dropsKeywordStuffingAroundRealArticle() {
        Transcript t = clean("hacked/keyword-stuffing.html", "text/html; charset=utf-8");
        assertThat(String.join("\n", texts(t))).doesNotContain("午夜影院", "免费视频", "在线影院");
    }

    @Test
    void keepsArticleTextOfHackedPage() {
        Transcript t = clean("hacked/keyword-stuffing.html", "text/html; charset=utf-8");
        assertThat(texts(t)).containsExactly("清晨七点，校长把新到的两百本书一本本摆上书架。孩子们趴在窗边看，谁也不敢先进门。",
                "这间图书室由一间废弃的教具仓库改造而来，书架是村里的木匠用旧课桌拼成的。", "借书的规矩",
                "每个孩子每周可以借两本书，还书时要给管理员讲一讲书里的故事。", "五年级的班长说，她最喜欢的是一本讲海洋动物的图画书，已经借了三次。");
    }

    @Test
    void readsAttributionLineOfHackedPage() {
        Transcript t = clean("hacked/keyword-stuffing.html", "text/html; charset=utf-8");
        assertThat(List.of(t.title(), t.site().orElse(""), String.join(",", t.authors())))
                .containsExactly("山区小学的第一间图书室", "青禾日报", "周晓岚");
    }

    @Test
    void commentLinesThatLookLikeTurnsAreDropped() {
        Transcript t = clean("comments/fake-turns.html", "text/html");
        assertThat(t.speakers()).isEmpty();
        assertThat(String.join("\n", texts(t))).doesNotContain("网友", "涨价");
    }

    @Test
    void colonsInNarrationAndHeadingsAreNotSpeakers() {
        Transcript t = clean("colons/not-speakers.html", "text/html");
        assertThat(t.blocks()).extracting(Block::type).doesNotContain(BlockType.TURN);
        assertThat(t.blocks()).filteredOn(b -> b.type() == BlockType.HEADING).extracting(Block::text)
                .containsExactly("选址:为什么是旧厂房?", "价格:一顿饭多少钱?");
    }

    @Test
    void hostIntroducedWithRoleWordIsOneSpeaker() {
        Transcript t = clean("alias/host-intro.html", "text/html");
        assertThat(t.speakers()).extracting(Speaker::label).containsExactly("王芳", "李长河");
    }

    @Test
    void narrationNamingTheSpeakerEndsTheTurn() {
        Transcript t = clean("alias/host-intro.html", "text/html");
        assertThat(t.blocks()).extracting(Block::text).contains("李长河说这话时，手里的刨子没有停。",
                "在学用电脑画图。客户发来的照片，我先在电脑上画出来，再动手做。\n慢是慢一点，可是出错少多了。");
    }

    @Test
    void podcastTimestampsAreStrippedFromTurns() {
        Transcript t = clean("podcast/english-timestamps.html", "text/html; charset=utf-8");
        assertThat(t.blocks()).filteredOn(b -> b.type() == BlockType.TURN).extracting(Block::text).containsExactly(
                "Welcome back to the show. Tomas, what does a soil sensor actually measure?",
                "Moisture, temperature and salinity, mostly. The cheap ones drift, so you calibrate them every season.",
                "How many sensors does a small farm need?",
                "Fewer than people think. Three or four per field, placed where the soil changes.\n"
                        + "That is usually enough to catch a dry spell a week early.");
    }

    @Test
    void podcastMetadataComesFromJsonLdAndMetaTags() {
        Transcript t = clean("podcast/english-timestamps.html", "text/html; charset=utf-8");
        assertThat(List.of(t.language(), t.site().orElse(""), String.join(",", t.authors()),
                t.publishedAt().map(OffsetDateTime::toString).orElse("")))
                .containsExactly("en", "Field Notes Podcast", "Maya Chen", "2024-06-11T08:00-05:00");
    }

    @Test
    void podcastHostAsksAndDisclaimerIsDropped() {
        Transcript t = clean("podcast/english-timestamps.html", "text/html; charset=utf-8");
        assertThat(t.speakers()).extracting(s -> s.label() + "/" + s.role().wireName())
                .containsExactly("Maya Chen/host", "Tomas Berg/guest");
        assertThat(String.join("\n", texts(t))).doesNotContain("may contain errors");
    }

    @Test
    void questionAndAnswerMarkersAreSpeakers() {
        Transcript t = clean("qa/wen-da.txt", "text/plain; charset=utf-8");
        assertThat(t.speakers()).extracting(s -> s.label() + "/" + s.role().wireName())
                .containsExactly("问/host", "答/guest");
        assertThat(t.blocks()).filteredOn(b -> b.type() == BlockType.TURN).hasSize(6);
    }

    @Test
    void plainTextMetadataLineAndEditorLineAreRead() {
        Transcript t = clean("qa/wen-da.txt", "text/plain; charset=utf-8");
        assertThat(List.of(t.title(), t.site().orElse(""), String.join(",", t.editors()),
                t.publishedAt().map(OffsetDateTime::toString).orElse("")))
                .containsExactly("社区医生谈冬季流感防护", "北岸健康报", "林小溪", "2024-12-02T18:05+08:00");
    }

    @Test
    void markdownArchiveFrontMatterIsMetadataNotText() {
        Transcript t = clean("markdown/archive-qa.md", "text/plain; charset=utf-8");
        assertThat(List.of(t.title(), t.publishedAt().map(OffsetDateTime::toString).orElse(""),
                String.join(",", t.authors()))).containsExactly("夜市档主：我们只想开到天亮", "2018-06-09T00:00+08:00", "陈小文");
    }

    @Test
    void markdownArchiveMarkupIsNotTextAndHardBreaksSplitTurns() {
        Transcript t = clean("markdown/archive-qa.md", "text/plain; charset=utf-8");
        assertThat(t.blocks()).extracting(b -> b.type().name() + "|" + b.speaker().orElse("") + "|" + b.text())
                .containsExactly("CAPTION||旺角夜市的熟食档。资料图片", "PARAGRAPH||旺角夜市昨晚重开，档主李美玲在收档后接受访问。",
                        "PARAGRAPH||以下是访问撮要：", "TURN|问|重开第一晚生意如何？", "TURN|答|比我想像中好，鱼蛋十点前已经卖完。",
                        "TURN|问|你们想开到几点？", "TURN|答|我们只想开到天亮，街坊收工后才有时间来。");
    }

    @Test
    void markdownLabelLinesStartTheTurnsUnderThem() {
        Transcript t = clean("markdown/label-lines.md", "text/plain; charset=utf-8");
        assertThat(t.title()).isEmpty();
        assertThat(t.blocks()).extracting(b -> b.speaker().orElse("") + "|" + b.text()).containsExactly(
                "Ana Ruiz|Welcome back to the show. Today we talk about tide pools.",
                "Tom Field|Thanks for having me. It is good to be here.",
                "Ana Ruiz|What do you find in a tide pool at dawn?",
                "Tom Field|Crabs, mostly, and the odd starfish.");
    }

    @Test
    void playerCardCopyOfTheTranscriptIsLeftOutAndCapitalLabelsAreSpeakers() {
        Transcript t = clean("player/duplicate-transcript.html", "text/html; charset=utf-8");
        assertThat(t.speakers()).extracting(Speaker::label).containsExactly("NORA QUILL", "PABLO REYES");
        assertThat(t.blocks()).extracting(b -> b.type().wireName() + b.speaker().map(s -> "[" + s + "]").orElse(""))
                .containsExactly("paragraph", "turn[NORA QUILL]", "paragraph", "turn[PABLO REYES]", "turn[NORA QUILL]",
                        "turn[PABLO REYES]", "paragraph");
        assertThat(t.blocks().get(5).text()).isEqualTo("Because the water runs faster on the outside of a curve. It cuts "
                + "the outer bank and drops sand on the inner bank, so every bend grows.\n"
                + "Over a century, a bend can wander a kilometre across a valley floor.");
        assertThat(String.join("\n", texts(t))).doesNotContain("nora quill", "A geologist on meanders");
    }

    @Test
    void markdownStampedLabelLinesStartTurnsWithoutTheirTimestamps() {
        Transcript t = clean("markdown/podcast-stamps.md", "text/plain; charset=utf-8");
        assertThat(t.title()).isEmpty();
        assertThat(t.blocks()).extracting(b -> b.type().name() + "|" + b.speaker().orElse("") + "|" + b.text())
                .containsExactly("TURN|Ana|Welcome to Tide Lines. Today we talk about rock pools with a marine biologist.",
                        "TURN|Tom Field|Thanks for having me. I have spent twenty summers on this coast.",
                        "PARAGRAPH||(Part two)", "TURN|Ana|What lives in a pool at low tide?",
                        "TURN|Tom Field|Crabs, mostly, and the odd starfish.");
    }

    @Test
    void profileLeadInIsAHeadingAndTheInfoboxIsDropped() {
        Transcript t = clean("headings/profile-and-box.html", "text/html");
        assertThat(t.blocks()).filteredOn(b -> b.type() == BlockType.HEADING).extracting(Block::text)
                .containsExactly("个人简介：");
        assertThat(t.speakers()).extracting(Speaker::label).containsExactly("记者", "李长河");
        assertThat(String.join("\n", texts(t))).doesNotContain("What to know", "Follow live updates", "Sign up");
    }

    private static List<String> texts(Transcript t) {
        return t.blocks().stream().map(Block::text).toList();
    }

    static Transcript clean(String resource, String contentType) {
        RawPage page = new RawPage("https://fixtures.example/" + resource, contentType,
                Instant.parse("2025-01-01T00:00:00Z"), read(resource));
        CleanResult result = CLEANER.clean(page);
        assertThat(result).isInstanceOf(CleanResult.Cleaned.class);
        Transcript t = ((CleanResult.Cleaned) result).transcript();
        dump(resource, t);
        return t;
    }

    private static void dump(String resource, Transcript t) {
        try {
            Path out = Path.of("target", "fixtures-out", resource.replace('/', '_') + ".json");
            Files.createDirectories(out.getParent());
            Files.write(out, TranscriptJson.toPrettyBytes(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(String resource) {
        try (InputStream in = FixturePagesTest.class.getResourceAsStream("/pages/" + resource)) {
            return Objects.requireNonNull(in, resource).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
