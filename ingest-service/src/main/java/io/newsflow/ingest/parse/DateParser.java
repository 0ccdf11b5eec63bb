package io.newsflow.ingest.parse;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publish dates news pages print: numeric and 年月日 dates, dates without a year, relative times and
 * English dates. Wall-clock times are in the context's zone (Beijing time unless the page says otherwise).
 */
final class DateParser {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Pattern YMD = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})\\s*(?:[-/.年]|\\s(?=\\d{1,2}/))\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?![\\d%])(?!\\.\\d)");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_CN = Pattern.compile("(?<![\\d年./-])(\\d{1,2})月(\\d{1,2})日");
    // Without a year or 月日 we insist on a time, otherwise ranges such as "9-10" would become dates.
    private static final Pattern MONTH_DAY_TIMED = Pattern.compile(
            "(?<![\\d./:-])(\\d{1,2})[-/](\\d{1,2})(?=\\s*\\d{1,2}[:：]\\d{2})");
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ENGLISH_MDY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_DMY = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final String DIGITS = "0123456789";
    private static final StartChars[] PATTERNS = {new StartChars(DIGITS, YMD), new StartChars(DIGITS, NUMERIC_DMY),
        new StartChars("jfmasondJFMASOND", ENGLISH_MDY), new StartChars(DIGITS, ENGLISH_DMY),
        new StartChars(DIGITS, MONTH_DAY_CN), new StartChars(DIGITS, MONTH_DAY_TIMED)};

    private final Clock clock;

    DateParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * A date found in text, with its position so callers can tell what surrounds it. hasTime is false for a day
     * alone (then the instant is the day's start); hasYear is false when the year was completed from context.
     */
    record Found(java.time.Instant instant, int start, int end, boolean hasTime, boolean hasYear) {
    }

    /**
     * What the rest of the page tells about its dates.
     *
     * @param anchor   a day the page is known to be about (its other full dates, its URL), for dates without a year
     * @param dayFirst whether nn/nn/yyyy means day/month
     * @param zone     the zone of wall-clock times
     */
    record Context(LocalDate anchor, boolean dayFirst, ZoneId zone) {
        static final Context NONE = new Context(null, false, SHANGHAI);
    }

    Optional<Found> find(String text) {
        return find(text, Context.NONE);
    }

    /** The first date in the text. */
    Optional<Found> find(String text, Context context) {
        List<Found> all = findAll(text, context);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every date in the text, in reading order; a relative time ("3小时前") counts as a date. */
    List<Found> findAll(String text, Context context) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        for (StartChars pattern : digits ? PATTERNS : new StartChars[0]) {
            for (MatchResult m : pattern.findAll(text)) {
                if (found.stream().noneMatch(f -> m.start() < f.end() && m.end() > f.start())) {
                    toFound(pattern.pattern(), m, text, context).ifPresent(found::add);
                }
            }
        }
        RelativeDates.find(text, clock, context.zone()).filter(r -> found.stream().noneMatch(f -> r.start() < f.end()
                && r.end() > f.start())).ifPresent(found::add);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private Optional<Found> toFound(Pattern pattern, MatchResult m, String text, Context context) {
        try {
            LocalDate day = day(pattern, m, context);
            if (day == null) {
                return Optional.empty();
            }
            DateTail.Tail tail = DateTail.read(text, m.end());
            DateTail.Leading leading = tail.time() == null && (pattern == ENGLISH_MDY || pattern == ENGLISH_DMY)
                    ? DateTail.before(text, m.start()) : null;
            if (leading != null) {
                LocalDateTime at = day.atTime(leading.time());
                return Optional.of(new Found(at.atZone(leading.zone()).toInstant(), leading.start(), tail.end(), true, true));
            }
            ZoneId zone = tail.zone() != null ? tail.zone() : context.zone();
            LocalDateTime local = tail.time() == null ? day.atStartOfDay() : day.atTime(tail.time());
            boolean hasYear = pattern != MONTH_DAY_CN && pattern != MONTH_DAY_TIMED;
            if (!hasYear && context.anchor() == null && local.atZone(zone).toInstant().isAfter(clock.instant())) {
                local = local.minusYears(1);
            }
            return Optional.of(new Found(local.atZone(zone).toInstant(), m.start(), tail.end(), tail.time() != null, hasYear));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private LocalDate day(Pattern pattern, MatchResult m, Context context) {
        if (pattern == YMD) {
            return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        }
        if (pattern == NUMERIC_DMY) {
            int first = num(m, 1);
            int second = num(m, 3);
            boolean dayFirst = first > 12 || (second <= 12 && context.dayFirst());
            return dayFirst ? LocalDate.of(num(m, 4), second, first) : LocalDate.of(num(m, 4), first, second);
        }
        if (pattern == ENGLISH_MDY) {
            return LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2));
        }
        if (pattern == ENGLISH_DMY) {
            return LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1));
        }
        return withYear(num(m, 1), num(m, 2), context);
    }

    /** Portals drop the year for recent news: the year closest to the page's anchor, else the latest not in the future. */
    private LocalDate withYear(int month, int day, Context context) {
        if (context.anchor() != null) {
            LocalDate best = null;
            for (int year = context.anchor().getYear() - 1; year <= context.anchor().getYear() + 1; year++) {
                LocalDate candidate = validDay(year, month, day);
                if (candidate != null && (best == null || distance(candidate, context.anchor()) < distance(best, context.anchor()))) {
                    best = candidate;
                }
            }
            return best;
        }
        ZonedDateTime now = clock.instant().atZone(context.zone());
        LocalDate candidate = validDay(now.getYear(), month, day);
        return candidate == null ? validDay(now.getYear() - 1, month, day) : candidate;
    }

    private static LocalDate validDay(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static int month(String name) {
        String lower = name.toLowerCase().replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (lower.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }

    private static int num(MatchResult m, int group) {
        String value = m.group(group);
        return value == null ? 0 : Integer.parseInt(value);
    }
}
