package io.newsflow.ingest.parse;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times printed relative to now ("3小时前", "昨天 10:20", "刚刚", "2 hours ago"), resolved against the clock. */
final class RelativeDates {

    private static final StartChars HINT = new StartChars("刚剛前今昨aAjJ",
            Pattern.compile("[刚剛前今昨]|ago|just", Pattern.CASE_INSENSITIVE));
    private static final Pattern JUST_NOW = Pattern.compile("刚刚|剛剛|just now", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile(
            "(\\d{1,3})\\s*(?:(秒|分钟|分鐘|小时|小時|个小时|個小時|天)前|(seconds?|minutes?|mins?|hours?|hrs?|days?)\\s+ago)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_WORD = Pattern.compile(
            "(今天|昨天|前天)(?:\\s*(\\d{1,2})[:：](\\d{2}))?|(今日|昨日)\\s*(\\d{1,2})[:：](\\d{2})");

    private RelativeDates() {
    }

    /** Whether the text may hold a relative time, whose instant depends on when it is read. */
    static boolean mayBeRelative(String text) {
        return HINT.find(text);
    }

    static Optional<DateParser.Found> find(String text, Clock clock, ZoneId zone) {
        if (!HINT.find(text)) {
            return Optional.empty();
        }
        ZonedDateTime now = clock.instant().atZone(zone);
        Matcher m = JUST_NOW.matcher(text);
        if (m.find()) {
            return Optional.of(new DateParser.Found(now.toInstant(), m.start(), m.end(), true, true));
        }
        m = AGO.matcher(text);
        if (m.find()) {
            String unit = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase();
            long n = Long.parseLong(m.group(1));
            boolean days = unit.startsWith("天") || unit.startsWith("day");
            Duration back = unit.startsWith("秒") || unit.startsWith("sec") ? Duration.ofSeconds(n)
                    : unit.startsWith("分") || unit.startsWith("min") ? Duration.ofMinutes(n)
                    : days ? Duration.ofDays(n) : Duration.ofHours(n);
            ZonedDateTime at = now.minus(back);
            if (days) {
                at = at.toLocalDate().atStartOfDay(zone);
            }
            return Optional.of(new DateParser.Found(at.toInstant(), m.start(), m.end(), !days, true));
        }
        m = DAY_WORD.matcher(text);
        if (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(4);
            int daysBack = word.startsWith("今") ? 0 : word.startsWith("昨") ? 1 : 2;
            String hour = m.group(1) != null ? m.group(2) : m.group(5);
            String minute = m.group(1) != null ? m.group(3) : m.group(6);
            ZonedDateTime day = now.toLocalDate().minusDays(daysBack).atStartOfDay(zone);
            if (hour == null) {
                return Optional.of(new DateParser.Found(day.toInstant(), m.start(), m.end(), false, true));
            }
            int h = Integer.parseInt(hour);
            int min = Integer.parseInt(minute);
            if (h > 23 || min > 59) {
                return Optional.empty();
            }
            LocalTime time = LocalTime.of(h, min);
            return Optional.of(new DateParser.Found(day.with(time).toInstant(), m.start(), m.end(), true, true));
        }
        return Optional.empty();
    }
}
