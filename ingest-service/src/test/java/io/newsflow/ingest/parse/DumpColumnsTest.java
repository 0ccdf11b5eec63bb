package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A text browser prints a layout table's cells side by side; the reader takes each column on its own. */
class DumpColumnsTest {

    private static final String[] ARTICLE = {
        "滨江区今年将新建二十座社区书房，每座书房藏书不少于三千册，居民凭身份",
        "证即可免费借阅，书房将在晚间开放到十点，周末还有面向孩子的绘本课。",
        "区文化局负责人介绍，新书房优先建在老旧小区和新建住宅区之间，居民步",
        "行十五分钟内可达，首批五座将在六月前投入使用，其余年底前全部建成。",
    };
    private static final String[] SIDEBAR = {"热门文章", "老城区道路下月封闭施工", "春季招聘会下周举行", "市民公园新增夜跑步道"};

    private final PageParser parser = new PageParser(TestPages.CLOCK);

    @Test
    void readsTheArticleColumnApartFromTheSidebarPrintedBesideIt() {
        List<String> lines = DumpColumns.readingOrder(sideBySide(ARTICLE, SIDEBAR));
        assertThat(lines.stream().filter(line -> !line.isEmpty()).toList())
                .containsExactly(String.join("", ARTICLE), SIDEBAR[0], SIDEBAR[1], SIDEBAR[2], SIDEBAR[3]);
    }

    @Test
    void joinsTheWrappedRowsOfACellThatAlsoHoldsALongerRow() {
        List<String> rows = new ArrayList<>(List.of(ARTICLE[0], ARTICLE[1], ARTICLE[2], "行十五分钟内可达。"));
        rows.add("【推荐】【打印】【关闭】 相关链接：滨江区去年新建的十座社区书房全部开放，市民反响热烈");
        List<String> lines = DumpColumns.readingOrder(rows);
        assertThat(lines).startsWith(ARTICLE[0] + ARTICLE[1] + ARTICLE[2] + "行十五分钟内可达。", rows.get(4));
    }

    @Test
    void keepsTheLinesOfACellOfShortFieldsApart() {
        List<String> fields = List.of("滨江区新建二十座社区书房", "2026-03-02 09:15 来源：滨江日报", "记者 张三 李四");
        List<String> lines = DumpColumns.readingOrder(sideBySide(fields.toArray(String[]::new), SIDEBAR));
        assertThat(lines).containsSubsequence(fields);
    }

    @Test
    void leavesASpacedOutMetaLineWhole() {
        List<String> lines = DumpColumns.readingOrder(List.of("2026-03-02 09:15     来源：滨江日报", "", ARTICLE[0]));
        assertThat(lines).startsWith("2026-03-02 09:15     来源：滨江日报");
    }

    @Test
    void takesTheHeadlineAboveAWrappedColumnNotItsSecondLine() throws NotAnArticleException {
        List<String> page = new ArrayList<>(List.of("首页 | 新闻 | 文化", "", "│ 滨江区新建二十座社区书房 │", "│ │"));
        for (String line : sideBySide(ARTICLE, SIDEBAR)) {
            page.add("│ " + line + " │");
        }
        ParsedPage parsed = parser.parse(String.join("\n", page), false, null);
        assertThat(parsed.title()).isEqualTo("滨江区新建二十座社区书房");
        assertThat(parsed.bodyText()).startsWith(ARTICLE[0]).doesNotContain("热门文章");
    }

    /** Two cells per line, the second starting at the same screen column on every line, as w3m pads them. */
    private static List<String> sideBySide(String[] left, String[] right) {
        int column = 80;
        return IntStream.range(0, left.length)
                .mapToObj(i -> left[i] + " ".repeat(column - CellRow.of(left[i]).width()) + right[i]).toList();
    }
}
