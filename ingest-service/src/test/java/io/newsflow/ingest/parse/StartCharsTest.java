package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartCharsTest {

    private static final List<String> LINES = List.of(
            "来源：晚报 作者：王小川 2024-05-20 10:00",
            "| 来源 晚报 |编辑李四",
            "文/王小川   摄影/张三",
            "By Jane Roe, 3 hours ago",
            "版权声明：本报图文均享有版权",
            "首页 > 新闻 > 正文",
            "",
            "ago",
            "今天 09:30 昨日12:05 刚刚");

    @Test
    void findsWhatMatcherFindFindsWithLookBehindsAndAnchors() {
        Pattern pattern = Pattern.compile("(?<=^|[\\s|])(?:来源|作者|编辑|文|摄影|[Bb]y)\\s*[:：/]?|^版权声明[:：]|(?<=\\d)\\s*hours|ago"
                + "|[今昨刚]");
        StartChars scan = new StartChars("来作编文摄Bb版 ha今昨刚", pattern);
        for (String line : LINES) {
            assertThat(spans(scan.findAll(line).stream().map(m -> new int[] {m.start(), m.end()}).toList()))
                    .as(line).isEqualTo(spans(everyFind(pattern, line)));
            assertThat(scan.find(line)).as(line).isEqualTo(pattern.matcher(line).find());
        }
    }

    @Test
    void neverStartsWhereNoListedCharacterStands() {
        StartChars scan = new StartChars("来", Pattern.compile("源"));
        assertThat(scan.find("来源")).isFalse();
        assertThat(new StartChars("源", Pattern.compile("源")).findAll("来源来源")).hasSize(2);
    }

    private static List<int[]> everyFind(Pattern pattern, String line) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    private static List<String> spans(List<int[]> found) {
        return found.stream().map(s -> s[0] + "-" + s[1]).toList();
    }
}
