package io.newsflow.ingest.parse;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what may follow a printed day: weekday, time of day (24-hour, 上午/下午 or AM/PM) and a zone. */
final class DateTail {

    private static final Pattern DAY_END = Pattern.compile(
            "\\s*日?(?:\\s*[,，]?\\s*[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?)?");
    private static final Pattern TIME = Pattern.compile(
            "\\s*(?:[,，]\\s*|T|at\\s+)?(上午|下午|早上|早晨|晚上|中午|凌晨|傍晚)?\\s*(\\d{1,2})[:：](\\d{2})(?!\\d)"
                    + "(?:[:：](\\d{2}))?(?:\\.\\d+)?(?:\\s*([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?");
    private static final Pattern ZONE = Pattern.compile(
            "\\s?(?:(Z)(?![A-Za-z])|\\(?(?:UTC|GMT|北京时间)?\\s?([+-])(\\d{1,2})(?::?(\\d{2}))?\\)?(?!\\d)"
                    + "|\\(?\\b(UTC|GMT|ET|EDT|EST|CDT|PT|PDT|PST|BST|CET|CEST|HKT|SGT|JST|KST)\\b\\)?|(北京时间))");
    private static final Map<String, ZoneId> NAMED = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
            Map.entry("北京时间", DateParser.SHANGHAI));

    // "Updated 0915 GMT (1715 HKT) March 2, 2026", "6:40 AM EDT, Mon March 2, 2026": English pages may print the
    // time, always with its zone, before the day.
    private static final Pattern LEADING_TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})[:：]?(\\d{2})\\s*(?:([AaPp])\\.?[Mm]\\.?\\s*)?\\b(UTC|GMT|ET|EDT|EST|CDT|PT|PDT|PST|BST|CET|CEST)\\b"
                    + "(?:\\s*\\([^)]{0,16}\\))?\\s*[,，]?\\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s*)?$");
    private static final int LEADING_REACH = 48;

    private DateTail() {
    }

    /** A time and zone printed just before the day at {@code dateStart}, with where they start; null if none. */
    static Leading before(String text, int dateStart) {
        int from = Math.max(0, dateStart - LEADING_REACH);
        Matcher m = LEADING_TIME.matcher(text.substring(from, dateStart));
        if (!m.find()) {
            return null;
        }
        int hour = twelveHour(Integer.parseInt(m.group(1)), null, m.group(3));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return null;
        }
        return new Leading(LocalTime.of(hour, minute), NAMED.get(m.group(4)), from + m.start());
    }

    /** A time of day and its zone printed before the day, starting at start. */
    record Leading(LocalTime time, ZoneId zone, int start) {
    }

    /** time and zone are null when not printed; end is where the date ends in the text. */
    record Tail(LocalTime time, ZoneId zone, int end) {
    }

    static Tail read(String text, int from) {
        int end = lookingAt(DAY_END, text, from);
        Matcher time = TIME.matcher(text).region(end, text.length());
        if (!time.lookingAt()) {
            return new Tail(null, null, end);
        }
        int hour = Integer.parseInt(time.group(2));
        hour = twelveHour(hour, time.group(1), time.group(5));
        LocalTime at = LocalTime.of(hour, Integer.parseInt(time.group(3)),
                time.group(4) == null ? 0 : Integer.parseInt(time.group(4)));
        end = time.end();
        Matcher zone = ZONE.matcher(text).region(end, text.length());
        if (!zone.lookingAt()) {
            return new Tail(at, null, end);
        }
        return new Tail(at, zone(zone), zone.end());
    }

    private static ZoneId zone(Matcher m) {
        if (m.group(1) != null) {
            return ZoneOffset.UTC;
        }
        if (m.group(2) != null) {
            int hours = Integer.parseInt(m.group(3));
            int minutes = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int sign = "-".equals(m.group(2)) ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return NAMED.get(m.group(5) != null ? m.group(5) : m.group(6));
    }

    private static int twelveHour(int hour, String chinese, String latin) {
        boolean pm = "下午".equals(chinese) || "晚上".equals(chinese) || "傍晚".equals(chinese)
                || ("中午".equals(chinese) && hour < 11) || "p".equalsIgnoreCase(latin);
        boolean am = "上午".equals(chinese) || "早上".equals(chinese) || "早晨".equals(chinese)
                || "凌晨".equals(chinese) || "a".equalsIgnoreCase(latin);
        if (pm && hour < 12) {
            return hour + 12;
        }
        return am && hour == 12 ? 0 : hour;
    }

    private static int lookingAt(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }
}
