package io.newsflow.ingest.parse;

import java.util.Locale;

/** The labelled fields a portal prints in the meta line under the headline. */
enum MetaField {
    TIME, SOURCE, AUTHOR, EDITOR, OTHER;

    static MetaField ofLabel(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (label.contains("源") || label.contains("出处") || label.contains("出處")) {
            return SOURCE;
        }
        if (label.startsWith("更新") || lower.startsWith("updated")) {
            // A modification time is not the publish time.
            return OTHER;
        }
        if (label.contains("时间") || label.contains("時間") || label.contains("日期") || label.endsWith("于")
                || label.endsWith("於") || lower.startsWith("publish") || lower.startsWith("updated")
                || lower.startsWith("posted")) {
            return TIME;
        }
        if (label.contains("编") || label.contains("編")) {
            return EDITOR;
        }
        if (label.contains("作者") || label.contains("记者") || label.contains("記者") || label.startsWith("撰")
                || label.startsWith("执笔") || label.startsWith("執筆") || label.startsWith("发文机关") || label.startsWith("發文機關")
                || label.equals("文") || lower.equals("by")) {
            return AUTHOR;
        }
        return OTHER;
    }
}
