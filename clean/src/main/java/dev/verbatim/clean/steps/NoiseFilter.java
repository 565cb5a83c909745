package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops blocks that are not article text: SEO keyword stuffing, breadcrumbs, link lists,
 * disclaimers and copyright notices, share and follow prompts, and everything from a comment
 * section heading on, and a caption repeated word for word (a gallery echoing the inline image).
 * Works block by block; it never drops the page as a whole.
 *
 * <p>Thread-safe and stateless.
 */
public final class NoiseFilter {

    private static final int MIN_ARTICLE_BEFORE_COMMENTS = 100;
    private static final Pattern STUFFING_SEPARATOR = Pattern.compile("[_|｜丨、¦]");
    /**
     * A line that is nothing but a spelled-out web address: a link the author cites in the text,
     * whereas navigation links carry titles or labels.
     */
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?i)(?:https?://\\S+|www\\.\\S+|[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/\\S*)?)");
    private static final Pattern IDEOGRAPHIC_COMMA = Pattern.compile("、");
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。！？!?；;，,]|\\.(?:\\s|$)");
    private static final Pattern CLAUSE_PUNCT = Pattern.compile("[。！；，,]");
    private static final Pattern BREADCRUMB_LEAD = Pattern.compile(
            "^\\p{IsHan}{0,6}位置\\s*[:：]|^(?i:you are here)\\s*:");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[>›»/?→＞|]\\s|\\s?[>›»→＞]\\s?");
    private static final Pattern BREADCRUMB_HOME = Pattern.compile("(?:首页|首頁|主页|主頁|Home)\\s*[>›»/?→＞|]|[>›»/?→＞|]\\s*正文$");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "免责声明|免責聲明|版权声明|版權聲明|不代表本[网站網]|仅代表作者|僅代表作者|转载请注明|轉載請註明|转载请联系"
                    + "|轉載請聯繫|未经授权|未經授權|不得转载|不得轉載|侵犯您的|版权所有|版權所有|版权归|版權歸"
                    + "|ICP备|ICP證|ICP证|公网安备|公網安備|All rights reserved|^Copyright\\b|^©|^\\(c\\) \\d{4}"
                    + "|(?i:^disclaimer\\b)|(?i:transcripts?\\b.{0,80}\\bmay (?:contain|not be)\\b)"
                    + "|(?i:\\bmay not be (?:reproduced|republished)\\b)");
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:分享到|分享至|Share (?:on|this|to)\\b|点击上方|點擊上方|关注我们|關注我們|扫码关注|掃碼關注|长按识别|長按識別"
                    + "|扫描二维码|掃描二維碼|阅读原文|閱讀原文|点击阅读原文|點擊閱讀原文|点击关注|點擊關注|(?i:sign up for)"
                    + "|(?i:subscribe to)|(?i:get the [\\w ]{1,40} in your inbox)|(?i:spotted an error)"
                    + "|(?i:follow us on)|(?i:read more:?$)|(?i:advertisement$)|广告$|廣告$|标签[:：]|標籤[:：]|(?i:tags:)"
                    + "|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|(?i:related (?:articles|stories|reading))"
                    + "|(?i:more from\\b)|热门推荐|熱門推薦|上一篇|下一篇|往期推荐|往期推薦|\\d*小时热榜|\\d*小時熱榜|热榜$|熱榜$|排行榜$|热门文章|熱門文章|最新文章$|猜你喜欢|猜你喜歡"
                    + "|为你推荐|為你推薦|大家都在看|(?i:most (?:read|popular|viewed)\\b)|(?i:trending now)|(?i:you may also like)"
                    + "|(?i:read next\\b)|(?i:recommended for you)|相关链接|相關連結|相关新闻|相關新聞|往期回顾|往期回顧|精彩推荐|精彩推薦"
                    + "|打印本页|打印本頁|关闭窗口|關閉窗口|返回顶部|返回頂部|收藏本文|字号[:：]|字號[:：]"
                    + "|全文约?\\s*\\d+\\s*字|全文約?\\s*\\d+\\s*字|预计阅读|預計閱讀|阅读(?:需要|大约|约)?\\s*\\d+\\s*分钟"
                    + "|閱讀(?:需要|大約|約)?\\s*\\d+\\s*分鐘|(?i:\\d+\\s*min(?:ute)?s? read$))");
    /**
     * The whole text of a gallery, player or share widget control: "Image 2 of 7", "Caption Close", "Like this:".
     * Bare numbers are left alone: they are table cells as often as widget counters.
     */
    private static final Pattern WIDGET_LABEL = Pattern.compile("(?i)(?:caption\\s+)?close"
            + "|(?:image|photo|picture|slide)\\s+\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}|advert(?:isement)?"
            + "|like this:|like loading\\W*|this slideshow requires javascript\\.?|text size|print(?: this)?(?: article| page)?"
            + "|subscribe|tags:?|share(?: this)?:?|email");
    private static final Pattern BRACKETED_BUTTONS = Pattern.compile("^(?:[【\\[][^】\\]]{1,8}[】\\]]\\s*)+$");
    private static final Pattern END_MARK = Pattern.compile("^[-—－–=\\s]*[（(\\[【]?\\s*(?:完|全文完|本文完|END|End|end|THE END)\\s*[)）\\]】]?[-—－–=\\s]*$");
    private static final Pattern COMMENT_HEADING = Pattern.compile(
            "^(?:网友评论|網友評論|热门评论|熱門評論|全部评论|全部評論|最新评论|最新評論|评论区|評論區|发表评论|發表評論"
                    + "|(?:评论|評論|留言)\\s*[(（]?\\d*[)）]?$|(?i:comments?\\s*\\(?\\d*\\)?$)|(?i:leave a (?:comment|reply))"
                    + "|(?i:\\d+ comments?$))");

    /** The blocks that are article text, and one removal per dropped block; rules match the blocks as given. */
    public Filtered filter(List<SourceBlock> blocks) {
        return filter(blocks, blocks.stream().map(SourceBlock::text).toList());
    }

    /**
     * The blocks that are article text, matching the rules against {@code simplified}, the Simplified
     * form of each block, so that Traditional and mixed pages meet the same rules.
     */
    public Filtered filter(List<SourceBlock> blocks, List<String> simplified) {
        List<SourceBlock> kept = new ArrayList<>();
        List<String> keptKeys = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        Set<String> captions = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i).withText(simplified.get(i));
            if (COMMENT_HEADING.matcher(b.text()).find() && b.text().length() <= 40 && isTail(blocks, i)) {
                for (int j = i; j < blocks.size(); j++) {
                    removed.add(new Removal("comments", blocks.get(j).text().length()));
                }
                break;
            }
            Optional<String> reason = noiseReason(b);
            if (reason.isEmpty() && b.kind() == SourceKind.CAPTION && captions.contains(b.text())) {
                reason = Optional.of("duplicate-caption");
            }
            if (b.kind() == SourceKind.CAPTION) {
                captions.add(b.text());
            }
            if (reason.isPresent()) {
                removed.add(new Removal(reason.get(), b.text().length()));
            } else {
                kept.add(blocks.get(i));
                keptKeys.add(b.text());
            }
        }
        return new Filtered(kept, keptKeys, removed);
    }

    /**
     * True when enough article text precedes block {@code i} for it to open a comment section: as much text as
     * follows it, or a few sentences. A comment tab above the article is not one.
     */
    private static boolean isTail(List<SourceBlock> blocks, int i) {
        int before = 0;
        int after = 0;
        for (int j = 0; j < blocks.size(); j++) {
            int n = blocks.get(j).text().length();
            before += j < i ? n : 0;
            after += j > i ? n : 0;
        }
        return before >= Math.min(after, MIN_ARTICLE_BEFORE_COMMENTS);
    }

    /** Why {@code b} is noise, or empty when it is article text. */
    Optional<String> noiseReason(SourceBlock b) {
        String t = b.text();
        if (isKeywordStuffing(t) || isSpacedStuffing(t)) {
            return Optional.of("spam");
        }
        if (isBreadcrumb(t)) {
            return Optional.of("breadcrumb");
        }
        if (t.length() <= 400 && DISCLAIMER.matcher(t).find()) {
            return Optional.of("disclaimer");
        }
        if (t.length() <= 120 && (PROMPT.matcher(t).find() || END_MARK.matcher(t).matches()
                || BRACKETED_BUTTONS.matcher(t).matches() || WIDGET_LABEL.matcher(t).matches())) {
            return Optional.of("boilerplate");
        }
        if (b.linkDensity() >= 0.7 && b.kind() != SourceKind.CAPTION && t.length() <= 300
                && !WEB_ADDRESS.matcher(t).matches()) {
            return Optional.of("navigation");
        }
        return Optional.empty();
    }

    /** Many short phrases on repeated separators with almost no sentence punctuation. */
    static boolean isKeywordStuffing(String t) {
        int separators = count(STUFFING_SEPARATOR.matcher(t));
        if (KANA.matcher(t).find()) {
            // Japanese writes its ordinary comma as 、: there it separates clauses, not keywords.
            separators -= count(IDEOGRAPHIC_COMMA.matcher(t));
        }
        if (separators < 4) {
            return false;
        }
        int punct = count(SENTENCE_PUNCT.matcher(t));
        double avgPhrase = t.length() / (double) (separators + 1);
        return punct * 4 <= separators && avgPhrase <= 24;
    }

    /** Keywords separated only by spaces: eight or more short tokens, mostly Han, and no punctuation at all. */
    static boolean isSpacedStuffing(String t) {
        String[] tokens = t.split(" ");
        if (tokens.length < 8 || count(SENTENCE_PUNCT.matcher(t)) > 0) {
            return false;
        }
        int han = 0;
        for (String token : tokens) {
            if (token.length() > 10) {
                return false;
            }
            han += ScriptConverter.containsHan(token) ? 1 : 0;
        }
        return han * 5 >= tokens.length * 4;
    }

    static boolean isBreadcrumb(String t) {
        if (t.length() > 120) {
            return false;
        }
        if (BREADCRUMB_LEAD.matcher(t).find()) {
            return true;
        }
        return BREADCRUMB_HOME.matcher(t).find() && count(BREADCRUMB_SEPARATOR.matcher(t)) >= 1
                && count(CLAUSE_PUNCT.matcher(t)) == 0;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
