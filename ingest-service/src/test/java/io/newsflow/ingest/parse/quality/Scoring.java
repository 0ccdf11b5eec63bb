package io.newsflow.ingest.parse.quality;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** How one extracted field is judged against the dev set's label; every rule is written out in bench/quality/README.md. */
final class Scoring {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u2000-\\u200B\\uFEFF]+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,，、;；/]+|\\band\\b|和");
    private static final Pattern EDGES = Pattern.compile("^[\\[【(（「『<《\\s:：]+|[\\]】)）」』>》\\s:：]+$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "[(（\\[【]\\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|来源|來源|纠错|糾錯)[^)）\\]】]*[)）\\]】]\\s*(?:阅读下一篇[:：]?)?$");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?:责任编辑|責任編輯|责编|編輯|编辑|来源|來源|关键字|關鍵字|关键词|關鍵詞|总监制|監製|审读|校对)\\s*[:：|｜].*$");
    private static final Pattern LEADING_CHROME = Pattern.compile(
            "^(?:(?:Play Video\\s*)?\\d{1,2}:\\d{2}\\s*/\\s*\\d{1,2}:\\d{2}|文\\s*[丨|｜/]\\s*\\S+(?:\\s\\S{2,4})?)\\s+");
    private static final Pattern TRAILING_BYLINE = Pattern.compile("\\s(?:新华社|本报|总台央视)?记者\\s*\\S{2,4}(?:\\s\\S{2,4})*\\s*摄?$");
    /** How many letters of the gold's first and last 40 characters must be found. */
    private static final int ANCHOR = 16;
    /** Letters allowed before the gold's first sentence or after its last: a dateline or a credit, not a block of chrome. */
    private static final int SLACK = 60;

    private Scoring() {
    }

    static String compact(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll("");
    }

    /** Letters and digits only: punctuation and spacing differ between labellers and renderers. */
    static String letters(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean sameText(String gold, String found) {
        return !compact(found).isEmpty() && compact(EDGES.matcher(gold).replaceAll(""))
                .equals(compact(EDGES.matcher(found == null ? "" : found).replaceAll("")));
    }

    /** Names match as sets, whatever separates them; one name alone may differ only in spacing. */
    static boolean sameAuthor(String gold, String found) {
        if (found == null || found.isBlank()) {
            return false;
        }
        if (letters(gold).equals(letters(found))) {
            return true;
        }
        return names(gold).equals(names(found));
    }

    private static Set<String> names(String s) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(NAME_SEPARATORS.split(s)).map(Scoring::letters).filter(n -> !n.isEmpty()).forEach(names::add);
        return names;
    }

    static boolean sameDay(GoldDates.Gold gold, Instant found) {
        if (found == null || !gold.hasDay()) {
            return false;
        }
        ZonedDateTime at = found.atZone(gold.zone());
        return (gold.year() == 0 || at.getYear() == gold.year()) && at.getMonthValue() == gold.month()
                && at.getDayOfMonth() == gold.day();
    }

    static boolean sameMinute(GoldDates.Gold gold, Instant found) {
        if (!sameDay(gold, found) || gold.time() == null) {
            return false;
        }
        ZonedDateTime at = found.atZone(gold.zone());
        return at.getHour() == gold.time().getHour() && at.getMinute() == gold.time().getMinute();
    }

    /** Verdict on a body: its first and last sentences found, and no more than a line of anything around them. */
    record BodyVerdict(boolean start, boolean end, boolean snippets) {

        boolean right() {
            return start && end && snippets;
        }
    }

    static BodyVerdict body(GoldPage gold, String title, String body) {
        String found = letters(body);
        boolean snippets = gold.bodyContains().stream().allMatch(s -> found.contains(letters(s)))
                && gold.bodyExcludes().stream().noneMatch(s -> found.contains(letters(s)));
        if (gold.bodyStart() == null) {
            return new BodyVerdict(true, true, snippets && !found.isEmpty());
        }
        String start = prefix(letters(withoutLeadingChrome(gold.bodyStart())));
        String end = suffix(letters(withoutCredits(gold.bodyEnd())));
        int at = found.indexOf(start);
        // Labellers of some sets kept the headline as the body's first line; the reader keeps it as the title.
        boolean startRight = (at >= 0 && at <= SLACK) || (!start.isEmpty() && letters(title).startsWith(start)
                && found.length() > 0);
        int endAt = found.lastIndexOf(end);
        boolean endRight = endAt >= 0 && found.length() - (endAt + end.length()) <= SLACK;
        return new BodyVerdict(startRight, endRight, snippets);
    }

    /**
     * Peer labellers kept credit lines (责任编辑, 编辑, 来源, 关键字, 纠错 links) at the end of a body; the product
     * counts them as furniture and reads editor and source into their own fields, so they are not asked for.
     */
    static String withoutCredits(String end) {
        String s = end == null ? "" : end.strip();
        for (int i = 0; i < 4; i++) {
            String before = s;
            s = TRAILING_CREDIT.matcher(s).replaceFirst("").strip();
            s = CREDIT_LABEL.matcher(s).replaceFirst("").strip();
            s = TRAILING_BYLINE.matcher(s).replaceFirst("").strip();
            if (s.equals(before)) {
                break;
            }
        }
        return letters(s).length() >= 8 ? s : end;
    }

    /**
     * A video player's controls, or a byline (文丨…) that the product reads into the author field, copied before
     * the first sentence are not text either.
     */
    static String withoutLeadingChrome(String start) {
        return start == null ? "" : LEADING_CHROME.matcher(start).replaceFirst("");
    }

    private static String prefix(String s) {
        return s.substring(0, Math.min(ANCHOR, s.length()));
    }

    private static String suffix(String s) {
        return s.substring(Math.max(0, s.length() - ANCHOR));
    }
}
