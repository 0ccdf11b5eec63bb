package io.newsflow.ingest.parse;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the publish dates Chinese portals print; wall-clock times are Beijing time unless an offset is given. */
final class DateParser {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern FULL = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?"
                    + "(?:\\s*T?\\s*(\\d{1,2})[:：](\\d{2})(?![\\d])(?:[:：](\\d{2}))?)?");
    // Without a year we insist on a time, otherwise ranges such as "9-10" would become dates.
    private static final Pattern SHORT = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:-|月)(\\d{1,2})日?\\s*(\\d{1,2})[:：](\\d{2})(?!\\d)");

    private final Clock clock;

    DateParser(Clock clock) {
        this.clock = clock;
    }

    /** A date found in text, with its position so callers can tell what surrounds it. */
    record Found(Instant instant, int start, int end) {
    }

    Optional<Found> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Found best = null;
        for (Pattern pattern : new Pattern[] {ISO, FULL, SHORT}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<Instant> instant = toInstant(pattern, m);
                if (instant.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(instant.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Instant> toInstant(Pattern pattern, Matcher m) {
        try {
            if (pattern == SHORT) {
                return Optional.of(inferYear(num(m, 1), num(m, 2), num(m, 3), num(m, 4)));
            }
            int year = num(m, 1);
            if (year < 1990 || year > 2100) {
                return Optional.empty();
            }
            LocalDateTime local = LocalDate.of(year, num(m, 2), num(m, 3))
                    .atTime(num(m, 4), num(m, 5), num(m, 6));
            if (pattern == ISO) {
                String zone = m.group(7);
                ZoneOffset offset = "Z".equals(zone) ? ZoneOffset.UTC : ZoneOffset.of(withColon(zone));
                return Optional.of(local.toInstant(offset));
            }
            return Optional.of(local.atZone(SHANGHAI).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The most recent month-day that is not in the future, since portals drop the year for recent news. */
    private Instant inferYear(int month, int day, int hour, int minute) {
        ZonedDateTime now = clock.instant().atZone(SHANGHAI);
        ZonedDateTime candidate = LocalDateTime.of(now.getYear(), month, day, hour, minute).atZone(SHANGHAI);
        if (candidate.isAfter(now)) {
            candidate = LocalDateTime.of(now.getYear() - 1, month, day, hour, minute).atZone(SHANGHAI);
        }
        return candidate.toInstant();
    }

    private static int num(Matcher m, int group) {
        String value = m.group(group);
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static String withColon(String offset) {
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }
}
