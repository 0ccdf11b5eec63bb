package io.newsflow.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short line near the headline that carries a date among a few other words ("SITE.COM 2005年05月13日14:15",
 * "2019-09-26 10:56 某某日报"): portals print the meta line without labels, the outlet in the slot after the date.
 */
final class DatedLines {

    /** found is the date; outlet the news outlet named right after it, author a bracketed name there, or "". */
    record DatedLine(DateParser.Found found, String outlet, String author) {
    }

    // Outlet names end in what outlets are: a paper, a site, an agency, a station, a client app. Without a label,
    // a channel (…新闻, …频道) is more often the site's own section than a source.
    private static final Pattern OUTLET = Pattern.compile(
            "^\\s?([\\p{IsHan}A-Za-z0-9—–-]{1,16}?(?:报|報|网|網|社|台|刊|客户端|客戶端|广播|廣播|杂志|雜誌|在线|在線))"
                    + "(?=\\s|$|[|｜]|作者|编辑|編輯|责任|來源|来源)");
    private static final Pattern BRACKETED_NAME = Pattern.compile("^\\s*[\\[【]\\s*([\\p{IsHan}·]{2,4})\\s*[\\]】]");
    private static final Pattern PROSE = Pattern.compile("[。，！？；]");
    private static final int MAX_LENGTH = 80;
    private static final int MAX_OTHER_LETTERS = 40;

    private DatedLines() {
    }

    static Optional<DatedLine> read(String raw, DateParser dates, DateParser.Context context) {
        String line = Text.clean(raw);
        if (line.isEmpty() || line.length() > MAX_LENGTH || ChromeRules.isFooter(line)) {
            return Optional.empty();
        }
        Optional<DateParser.Found> found = dates.find(line, context);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DateParser.Found date = found.get();
        String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
        // A sentence that mentions a day ("昨天上午，…。") is prose, not a meta line.
        if (Text.letters(rest) > MAX_OTHER_LETTERS || PROSE.matcher(line).find()) {
            return Optional.empty();
        }
        String after = line.substring(date.end());
        Matcher outlet = OUTLET.matcher(after);
        Matcher author = BRACKETED_NAME.matcher(after);
        return Optional.of(new DatedLine(date, outlet.find() ? outlet.group(1) : "", author.find() ? author.group(1) : ""));
    }
}
