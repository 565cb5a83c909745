package dev.verbatim.app.bench;

import dev.verbatim.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The default bench corpus: news pages generated from a fixed seed, half Chinese interviews (with
 * keyword-stuffing spam, Traditional characters, speaker labels) and half English articles, each
 * wrapped in the chrome real sites carry (scripts, styles, navigation, share bars, related lists,
 * comments, footers). Deterministic: the same count gives the same bytes on every machine.
 *
 * <p>Stateless and thread-safe.
 */
final class BenchCorpus {

    private static final Instant FETCHED_AT = Instant.parse("2026-11-01T00:00:00Z");
    private static final String ZH_CHARS = "我们在这个城市里看到了很多新的变化人工智能模型训练数据研究经济发展问题时候已经"
            + "可以因为所以但是如果需要进行方面工作社会技术公司市场政府国家年轻老师学生医院记者觉得认为知道事情"
            + "這個們為來說對時會過還進經發現實點與後開關應從書長體機電話間題";
    private static final String[] EN_WORDS = ("the city council said on monday that new rules for night trains would "
            + "change how people travel between capitals and researchers found that ocean temperatures rose faster "
            + "than models had predicted while farmers reported a better harvest after a wet spring in the valley")
            .split(" ");

    private BenchCorpus() {
    }

    /** {@code count} pages, alternating Chinese and English. */
    static List<RawPage> generate(int count) {
        List<RawPage> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom r = new SplittableRandom(1000L + i);
            boolean zh = i % 2 == 0;
            String html = zh ? chinese(r, i) : english(r, i);
            pages.add(new RawPage("https://bench.verbatim.example/" + (zh ? "zh" : "en") + "/" + i + ".html",
                    "text/html; charset=utf-8", FETCHED_AT, html.getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    private static String chinese(SplittableRandom r, int i) {
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(zhSentence(r, 60)).append("。</p>");
        int turns = 20 + r.nextInt(40);
        for (int t = 0; t < turns; t++) {
            if (t % 12 == 5) {
                body.append("<h2>").append(zhSentence(r, 12)).append("</h2>");
            }
            String who = t % 2 == 0 ? "主持人" : "嘉宾";
            body.append("<p><strong>").append(who).append("：</strong>").append(zhSentence(r, 40 + r.nextInt(120)))
                    .append("。</p>");
        }
        String spam = String.join("_", List.of("免费在线观看", "高清视频大全", "日韩精品一区", "午夜福利视频", "国产精品"));
        return page("zh-CN", "访谈第" + i + "期：" + zhSentence(r, 14), "<div class=\"spam\">" + spam + "</div>",
                body.toString(), "2026-10-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + " 10:00 来源：基准日报",
                r, true);
    }

    private static String english(SplittableRandom r, int i) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 12 + r.nextInt(30);
        for (int p = 0; p < paragraphs; p++) {
            if (p % 8 == 4) {
                body.append("<h3>").append(capitalized(enSentence(r, 5))).append("</h3>");
            }
            body.append("<p>").append(capitalized(enSentence(r, 25 + r.nextInt(50)))).append(".</p>");
        }
        return page("en", capitalized(enSentence(r, 8)), "", body.toString(), "By Bench Reporter", r, false);
    }

    private static String page(String lang, String title, String spam, String body, String byline,
            SplittableRandom r, boolean zh) {
        StringBuilder links = new StringBuilder();
        for (int l = 0; l < 40; l++) {
            links.append("<li><a href=\"/s/").append(l).append("\">").append(zh ? zhSentence(r, 6) : enSentence(r, 3))
                    .append("</a></li>");
        }
        String script = "<script>var cfg={" + "a:1,".repeat(400) + "};</script><style>" + ".c{color:red}".repeat(300)
                + "</style>";
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title
                + " - Bench Daily</title>" + script + "</head><body>" + spam
                + "<header><nav><ul>" + links + "</ul></nav></header><main><article><h1>" + title + "</h1>"
                + "<div class=\"byline\">" + byline + "</div><div class=\"share\">Share Tweet Email</div>" + body
                + "</article><aside class=\"related\"><ul>" + links + "</ul></aside></main>"
                + "<section class=\"comments\"><p>reader: nice</p></section><footer>© 2026 Bench Daily</footer>"
                + "</body></html>";
    }

    private static String zhSentence(SplittableRandom r, int chars) {
        StringBuilder sb = new StringBuilder(chars + chars / 10);
        for (int c = 0; c < chars; c++) {
            sb.append(ZH_CHARS.charAt(r.nextInt(ZH_CHARS.length())));
            if (c % 17 == 16 && c + 1 < chars) {
                sb.append('，');
            }
        }
        return sb.toString();
    }

    private static String enSentence(SplittableRandom r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(w % 11 == 10 ? ", " : " ");
            }
            sb.append(EN_WORDS[r.nextInt(EN_WORDS.length)]);
        }
        return sb.toString();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
