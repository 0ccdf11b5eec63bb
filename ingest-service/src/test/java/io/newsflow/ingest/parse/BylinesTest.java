package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void findsReporterCreditAtParagraphStart() {
        assertThat(Bylines.inProse("本报讯（记者 林一木 程晓）昨天上午，东湖新区举行了开园仪式。")).contains("林一木 程晓");
        assertThat(Bylines.inProse("东湖社北京3月4日电（记者林一木）记者今天从有关部门获悉……")).contains("林一木");
        assertThat(Bylines.inProse("文/林一木")).contains("林一木");
        assertThat(Bylines.inProse("本报讯 （实习记者 林一木 程晓 记者王小川）昨天上午，东湖新区举行了开园仪式。"))
                .contains("林一木 程晓 王小川");
        assertThat(Bylines.inProse("昨天记者来到这家医院，看到病床上的孩子。")).isEmpty();
    }

    @Test
    void readsBylineOnlyLines() {
        assertThat(Bylines.lineByline("本报记者 林一木")).contains("林一木");
        assertThat(Bylines.lineByline("本报记者林一木程晓王小川")).contains("林一木 程晓 王小川");
        assertThat(Bylines.lineByline("记者 林一木 通讯员 程晓 报道")).contains("林一木");
        assertThat(Bylines.lineByline("记者来到了这家医院")).isEmpty();
    }

    @Test
    void readsNamesOnlyLineButNotChromeWords() {
        assertThat(Bylines.namesOnly("林一木、程晓")).contains("林一木 程晓");
        assertThat(Bylines.namesOnly("林一木")).contains("林一木");
        assertThat(Bylines.lineByline("本报实习生 林一木 程晓")).contains("林一木 程晓");
        // Names run together split into names that each begin with a family name.
        assertThat(Bylines.lineByline("本报记者王小川程晓李青山")).contains("王小川 程晓 李青山");
        assertThat(Bylines.lineByline("本报实习生林一木周青")).contains("林一木 周青");
        assertThat(Bylines.namesOnly("东湖网")).isEmpty();
        assertThat(Bylines.namesOnly("原创文章")).isEmpty();
        // Four characters alone are a phrase unless they begin with a family name.
        assertThat(Bylines.namesOnly("会议议程")).isEmpty();
        assertThat(Bylines.namesOnly("欧阳晓明")).contains("欧阳晓明");
        assertThat(Bylines.namesOnly("茉莉")).contains("茉莉");
    }

    @Test
    void findsForumPosters() {
        assertThat(Bylines.poster("本贴由山野客于2023年3月4日07:30:21在〖读书〗发表.")).contains("山野客");
        assertThat(Bylines.poster("由山野客张贴 @ 2023-03-04 07:30:00")).contains("山野客");
        assertThat(Bylines.poster("他由此想到了很多")).isEmpty();
        assertThat(Bylines.poster("由老粮仓改建的社区书房于3月2日开放,首批藏书三千册。")).isEmpty();
    }
}
