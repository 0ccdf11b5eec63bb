package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
}
