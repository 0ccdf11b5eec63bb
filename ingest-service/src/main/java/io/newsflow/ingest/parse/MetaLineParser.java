package io.newsflow.ingest.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "时间:… 来源:… 作者:…" style lines, where several labels often share one line. */
final class MetaLineParser {

    // Longer labels first so that 责任编辑 wins over 编辑 and 发布时间 over 时间.
    private static final Pattern LABEL = Pattern.compile(
            "(发布时间|發布時間|发表时间|發表時間|更新时间|更新時間|发布日期|發布日期|时间|時間|日期"
                    + "|来源|來源|稿源|出处|出處|责任编辑|責任編輯|责编|責編|编辑|編輯|作者|记者|記者"
                    + "|(?:阅读|閱讀|浏览|瀏覽|点击|點擊)[^:：\\s]{0,3}|字号|字號)\\s*[:：]");
    private static final Pattern START_PREFIX = Pattern.compile("^[\\[【(（]?(?:文章|本文|稿件|新闻|新聞|信息|消息|本报|本報)?$");
    private static final Pattern VALUE_END = Pattern.compile("\\s{2,}|\\u3000|\\s*[|｜]");
    private static final Pattern EDGE_BRACKETS = Pattern.compile("^[\\[【(（\\s]+|[\\]】)）\\s]+$");
    private static final int MAX_META_LENGTH = 150;

    private final DateParser dates;

    MetaLineParser(DateParser dates) {
        this.dates = dates;
    }

    MetaLine parse(String raw) {
        String line = normalizeSpaces(raw).trim();
        if (line.isEmpty() || Text.clean(line).length() > MAX_META_LENGTH || ChromeRules.isFooter(line)) {
            return MetaLine.NONE;
        }
        List<int[]> labels = new ArrayList<>();
        Matcher m = LABEL.matcher(line);
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
        }
        Optional<DateParser.Found> anyDate = dates.find(line);
        if (labels.isEmpty()) {
            return dateOnly(line, anyDate) ? new MetaLine(true, Map.of(), anyDate.get().instant(), false) : MetaLine.NONE;
        }
        boolean atStart = START_PREFIX.matcher(line.substring(0, labels.get(0)[0]).trim()).matches();
        if (!atStart && labels.size() < 2 && anyDate.isEmpty()) {
            return MetaLine.NONE;
        }
        Map<MetaField, String> values = new EnumMap<>(MetaField.class);
        Instant labelled = null;
        for (int i = 0; i < labels.size(); i++) {
            int[] label = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : line.length();
            String rawValue = line.substring(label[1], end);
            MetaField field = MetaField.ofLabel(line.substring(label[2], label[3]));
            if (field == MetaField.TIME && labelled == null) {
                labelled = dates.find(rawValue).filter(f -> f.start() <= 2).map(DateParser.Found::instant).orElse(null);
            }
            values.putIfAbsent(field, value(rawValue));
        }
        Instant date = labelled != null ? labelled : anyDate.map(DateParser.Found::instant).orElse(null);
        return new MetaLine(true, values, date, labelled != null);
    }

    private static String value(String rawValue) {
        String trimmed = rawValue.stripLeading();
        Matcher end = VALUE_END.matcher(trimmed);
        String cut = end.find() ? trimmed.substring(0, end.start()) : trimmed;
        return Text.clean(EDGE_BRACKETS.matcher(cut).replaceAll(""));
    }

    /** A line that is nothing but a date (plus a weekday or a short word such as 发表于). */
    private static boolean dateOnly(String line, Optional<DateParser.Found> found) {
        if (found.isEmpty()) {
            return false;
        }
        String rest = line.substring(0, found.get().start()) + line.substring(found.get().end());
        return Text.letters(rest.replaceAll("星期.|周.|[:：]", "")) <= 4;
    }

    /** NBSP and friends become plain spaces so that "two or more spaces" ends a value; U+3000 is kept as a hard separator. */
    private static String normalizeSpaces(String raw) {
        return raw.replaceAll("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\t]", " ");
    }
}
