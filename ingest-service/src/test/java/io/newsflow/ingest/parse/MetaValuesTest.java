package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaValuesTest {

    private final PageParser parser = new PageParser(TestPages.CLOCK);

    @Test
    void anAuthorLabelFollowedByUnknownASentenceOrALetterNamesNobody() {
        assertThat(MetaValues.couldBeAuthor("林一木 程晓")).isTrue();
        assertThat(MetaValues.couldBeAuthor("Jane Doe and John Roe")).isTrue();
        assertThat(MetaValues.couldBeAuthor("未知")).isFalse();
        assertThat(MetaValues.couldBeAuthor("佚名")).isFalse();
        assertThat(MetaValues.couldBeAuthor("市图书馆延长夜间开放时间，读者纷纷点赞")).isFalse();
        assertThat(MetaValues.couldBeAuthor("K")).isFalse();
    }

    @Test
    void aPortalsLinkBackToItselfIsCutFromTheByline() {
        assertThat(MetaValues.withoutReadMore("林一木 程晓返回滨江网，查看更多")).isEqualTo("林一木 程晓");
        assertThat(MetaValues.withoutReadMore("林一木")).isEqualTo("林一木");
    }

    @Test
    void anUnknownAuthorIsLeftEmptyWithAWarning() throws NotAnArticleException {
        String dump = String.join("\n", "市图书馆延长夜间开放时间", "2026-03-02 09:15 来源：滨江日报 作者：未知",
                "市图书馆今天起延长夜间开放时间，每晚开放至二十二点，方便下班后的读者借阅图书和使用自习室。",
                "馆方表示，延时开放期间将增派工作人员，并开通线上预约座位服务，读者可以通过官方小程序提前预约。");
        ParsedPage page = parser.parse(dump, false, null);
        assertThat(page.author()).isEmpty();
        assertThat(page.source()).isEqualTo("滨江日报");
        assertThat(page.warnings()).anySatisfy(w -> assertThat(w.field()).isEqualTo("author"));
    }

    @Test
    void aBylineInARelatedStorysTeaserFarBelowTheTextIsNotThisStorysAuthor() throws NotAnArticleException {
        StringBuilder html = new StringBuilder("<html><head><title>City library stays open until ten - Riverside Daily</title>"
                + "</head><body><h1>City library stays open until ten</h1><div class=\"story\">"
                + "<p>The city library will stay open until ten every night from March, its board said on Monday, after a year of requests from readers.</p>"
                + "<p>Extra staff will be on duty in the evening, and seats in the study rooms can be booked online a day ahead.</p>"
                + "</div><div class=\"related\">");
        for (int i = 1; i <= 4; i++) {
            html.append("<div><h4>Museum night ").append(i).append("</h4><p>2026-03-0").append(i).append("</p></div>");
        }
        html.append("<div><h4>Parks stay lit</h4><h6>By Jane Roe and John Poe</h6></div></div></body></html>");
        ParsedPage page = parser.parse(html.toString(), true, null);
        assertThat(page.title()).isEqualTo("City library stays open until ten");
        assertThat(page.author()).isEmpty();
    }
}
