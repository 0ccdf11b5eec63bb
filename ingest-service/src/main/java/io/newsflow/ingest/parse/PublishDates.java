package io.newsflow.ingest.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighs every publish-date signal by how far it is trusted and combines them: the signals are grouped by day,
 * the day with the most trust wins (a date in the URL counts for its day), and within it the most trusted
 * signal that carries a time of day gives the time.
 */
final class PublishDates {

    private static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final double URL_TRUST = 1.5;

    private final ZoneId zone;
    private final LocalDate urlDay;
    private final List<Candidate> candidates = new ArrayList<>();

    /** visible: printed on the page next to the headline, which is what the page itself calls its time. */
    private record Candidate(Instant instant, boolean hasTime, double trust, boolean visible) {
    }

    PublishDates(ZoneId zone, String url) {
        this.zone = zone;
        this.urlDay = urlDay(url);
    }

    static LocalDate urlDay(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // not a date after all; look further
            }
        }
        return null;
    }

    LocalDate urlDay() {
        return urlDay;
    }

    void add(Instant instant, boolean hasTime, double trust) {
        if (instant != null) {
            candidates.add(new Candidate(instant, hasTime, trust, false));
        }
    }

    void add(DateParser.Found found, double trust, boolean visible) {
        if (found != null) {
            // A year completed from context is a weaker claim than a printed one.
            candidates.add(new Candidate(found.instant(), found.hasTime(), found.hasYear() ? trust : trust / 2, visible));
        }
    }

    Instant best() {
        Map<LocalDate, Double> dayTrust = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            dayTrust.merge(day(c), c.trust(), Double::sum);
        }
        if (dayTrust.isEmpty()) {
            return urlDay == null ? null : urlDay.atStartOfDay(zone).toInstant();
        }
        if (urlDay != null) {
            dayTrust.computeIfPresent(urlDay, (d, t) -> t + URL_TRUST);
        }
        LocalDate bestDay = dayTrust.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Candidate best = null;
        for (Candidate c : candidates) {
            if (day(c).equals(bestDay) && (best == null || better(c, best))) {
                best = c;
            }
        }
        return best.instant();
    }

    private static boolean better(Candidate c, Candidate best) {
        if (c.hasTime() != best.hasTime()) {
            return c.hasTime();
        }
        if (c.visible() != best.visible()) {
            return c.visible();
        }
        return c.trust() > best.trust();
    }

    private LocalDate day(Candidate c) {
        return c.instant().atZone(zone).toLocalDate();
    }
}
