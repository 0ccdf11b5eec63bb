package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser parser = new DateParser(TestPages.CLOCK);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "2021-10-15 15:08:02;2021-10-15T07:08:02Z",
        "2021-10-15 15:08;2021-10-15T07:08:00Z",
        "2021年10月15日 15:08;2021-10-15T07:08:00Z",
        "2021年10月15日;2021-10-14T16:00:00Z",
        "2021/10/15;2021-10-14T16:00:00Z",
        "2021.10.15;2021-10-14T16:00:00Z",
        "2021-10-15T15:08:02+08:00;2021-10-15T07:08:02Z",
        "2021-10-15T15:08:02Z;2021-10-15T15:08:02Z",
        "2021-10-15T15:08:02.123+0900;2021-10-15T06:08:02Z",
    })
    void readsPortalDateFormatsAsBeijingTimeUnlessOffsetGiven(String text, String expected) {
        assertThat(parser.find("时间:" + text + " 来源:某报")).map(DateParser.Found::instant)
                .contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "10-15 15:08;2026-10-15T07:08:00Z",
        "11-27 07:59;2026-11-26T23:59:00Z",
        "11-27 08:01;2025-11-27T00:01:00Z",
        "12-30 09:00;2025-12-30T01:00:00Z",
    })
    void infersMostRecentPastYearForDatesWithoutYear(String text, String expected) {
        assertThat(parser.find(text)).map(DateParser.Found::instant).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019-2020年度优秀企业家", "9月18-19日开设专场", "占全市的35.47%", "2021-13-45", "电话 0571-8888"})
    void ignoresNumbersThatAreNotDates(String text) {
        assertThat(parser.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "2024年5月22日週三 上午8:21;2024-05-22T00:21:00Z",
        "2024年5月22日 下午3:05;2024-05-22T07:05:00Z",
        "2005年09月07日 11:57 PM;2005-09-07T15:57:00Z",
        "2004年7月16日08:19;2004-07-16T00:19:00Z",
        "2019 09/07 19:02;2019-09-07T11:02:00Z",
        "2005/05/17 22:11:42;2005-05-17T14:11:42Z",
    })
    void readsChineseTimesOfDayAndSeparators(String text, String expected) {
        assertThat(parser.find(text)).map(DateParser.Found::instant).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "24 July 2015;2015-07-23T16:00:00Z",
        "Dec. 6, 2024, 10:00 PM UTC;2024-12-06T22:00:00Z",
        "Wed, Oct 16, 2024;2024-10-15T16:00:00Z",
        "November 2, 2023 3:53 PM EDT;2023-11-02T19:53:00Z",
        "Updated March 3rd, 2022 at 9:15 am GMT;2022-03-03T09:15:00Z",
    })
    void readsEnglishDates(String text, String expected) {
        assertThat(parser.find(text)).map(DateParser.Found::instant).contains(Instant.parse(expected));
    }

    @Test
    void decidesDayOrMonthFirstFromContext() {
        DateParser.Context dayFirst = new DateParser.Context(null, true, DateParser.SHANGHAI);
        assertThat(parser.find("04/05/2023")).map(DateParser.Found::instant).contains(Instant.parse("2023-04-04T16:00:00Z"));
        assertThat(parser.find("04/05/2023", dayFirst)).map(DateParser.Found::instant)
                .contains(Instant.parse("2023-05-03T16:00:00Z"));
        assertThat(parser.find("25/12/2023")).map(DateParser.Found::instant).contains(Instant.parse("2023-12-24T16:00:00Z"));
    }

    @Test
    void completesYearFromThePagesOwnDate() {
        DateParser.Context anchored = new DateParser.Context(LocalDate.of(2019, 9, 7), false, DateParser.SHANGHAI);
        assertThat(parser.find("09-30 22:46", anchored)).map(DateParser.Found::instant)
                .contains(Instant.parse("2019-09-30T14:46:00Z"));
        assertThat(parser.find("5月20日", anchored)).map(DateParser.Found::instant)
                .contains(Instant.parse("2019-05-19T16:00:00Z"));
        DateParser.Found found = parser.find("12-31 08:00", new DateParser.Context(LocalDate.of(2020, 1, 2), false,
                DateParser.SHANGHAI)).orElseThrow();
        assertThat(found.instant()).isEqualTo(Instant.parse("2019-12-31T00:00:00Z"));
        assertThat(found.hasYear()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "刚刚;2026-11-27T00:00:00Z",
        "3小时前;2026-11-26T21:00:00Z",
        "25分钟前;2026-11-26T23:35:00Z",
        "昨天 10:20;2026-11-26T02:20:00Z",
        "前天 23:05;2026-11-25T15:05:00Z",
        "2 hours ago;2026-11-26T22:00:00Z",
    })
    void readsRelativeTimesAgainstTheClock(String text, String expected) {
        assertThat(parser.find(text)).map(DateParser.Found::instant).contains(Instant.parse(expected));
    }

    @Test
    void tellsDayFromMinute() {
        assertThat(parser.find("发布于 2023.03.04").orElseThrow().hasTime()).isFalse();
        assertThat(parser.find("2023.03.04 07:30").orElseThrow().hasTime()).isTrue();
    }

    @Test
    void readsATimeAndZonePrintedBeforeAnEnglishDay() {
        assertThat(parser.find("Updated 0915 GMT (1715 HKT) March 2, 2026")).map(DateParser.Found::instant)
                .contains(Instant.parse("2026-03-02T09:15:00Z"));
        assertThat(parser.find("Updated 6:40 AM EDT, Mon March 2, 2026")).map(DateParser.Found::instant)
                .contains(Instant.parse("2026-03-02T10:40:00Z"));
        // Without a zone, a number before the day is no time: "Vol 0915 March 2, 2026" is the day alone.
        assertThat(parser.find("Vol 0915 March 2, 2026").orElseThrow().hasTime()).isFalse();
    }
}
