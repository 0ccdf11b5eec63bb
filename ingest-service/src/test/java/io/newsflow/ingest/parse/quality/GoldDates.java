package io.newsflow.ingest.parse.quality;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dev set's date labels, which come in the page's own format or the labeller's, into a day and,
 * where the label has one, a wall-clock minute. Kept apart from the product's date reader on purpose: the
 * benchmark must not grade the parser with the parser's own rules.
 */
final class GoldDates {

    /** month == 0 when the year-less label gives only month and day; year == 0 when the year is missing. */
    record Gold(int year, int month, int day, LocalTime time, ZoneId zone) {

        boolean hasDay() {
            return day > 0;
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年 ]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern MD = Pattern.compile("^(\\d{1,2})[-/](\\d{1,2})\\b");
    private static final Pattern YM = Pattern.compile("^(\\d{4})(?:-(\\d{1,2}))?$");
    private static final Pattern HM = Pattern.compile("(上午|下午)?\\s*(\\d{1,2})[:：](\\d{2})(?:[:：]\\d{2})?\\s*(AM|PM|am|pm)?");
    private static final Pattern EN_DMY = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?,?\\s+(\\d{4})");
    private static final Pattern EN_MDY = Pattern.compile("([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");

    private GoldDates() {
    }

    static Optional<Gold> parse(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String s = label.strip();
        try {
            OffsetDateTime iso = OffsetDateTime.parse(s.replace(' ', 'T').replaceAll("([+-]\\d{2})$", "$1:00"));
            return Optional.of(new Gold(iso.getYear(), iso.getMonthValue(), iso.getDayOfMonth(),
                    iso.toLocalTime().withSecond(0).withNano(0), iso.getOffset()));
        } catch (DateTimeParseException notIso) {
            // not ISO with an offset: read it as a wall-clock label
        }
        ZoneId zone = s.matches(".*\\b(UTC|GMT)\\b.*") ? ZoneOffset.UTC : SHANGHAI;
        LocalTime time = time(s);
        Matcher m = YMD.matcher(s);
        if (m.find()) {
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    time(s.substring(m.end())), zone);
        }
        m = EN_MDY.matcher(s);
        if (m.find() && MONTHS.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
            return valid(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)),
                    Integer.parseInt(m.group(2)), time, zone);
        }
        m = EN_DMY.matcher(s);
        if (m.find() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
            return valid(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
                    Integer.parseInt(m.group(1)), time, zone);
        }
        m = MD.matcher(s);
        if (m.find()) {
            return valid(0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), time(s.substring(m.end())), zone);
        }
        m = YM.matcher(s);
        if (m.matches()) {
            return Optional.of(new Gold(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    0, null, zone));
        }
        return Optional.empty();
    }

    private static Optional<Gold> valid(int year, int month, int day, LocalTime time, ZoneId zone) {
        try {
            LocalDate.of(year == 0 ? 2000 : year, month, day);
            return Optional.of(new Gold(year, month, day, time, zone));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static LocalTime time(String s) {
        Matcher m = HM.matcher(s);
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(2));
        boolean pm = "下午".equals(m.group(1)) || "pm".equalsIgnoreCase(m.group(4));
        boolean am = "上午".equals(m.group(1)) || "am".equalsIgnoreCase(m.group(4));
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        return hour < 24 ? LocalTime.of(hour, Integer.parseInt(m.group(3))) : null;
    }
}
