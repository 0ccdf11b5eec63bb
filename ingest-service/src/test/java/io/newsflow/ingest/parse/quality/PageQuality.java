package io.newsflow.ingest.parse.quality;

import io.newsflow.ingest.parse.NotAnArticleException;
import io.newsflow.ingest.parse.PageDecoder;
import io.newsflow.ingest.parse.PageParser;
import io.newsflow.ingest.parse.ParsedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page-reading quality benchmark: the dev set's pages through newsflow's reader (as HTML and as text dumps)
 * and through Mozilla Readability on the same bytes, scored per field. Prints a Markdown table; every judgement
 * goes to details.tsv in the output folder so that each failure can be looked at.
 */
public final class PageQuality {

    static final String OURS_HTML = "newsflow, HTML";
    static final String OURS_DUMP = "newsflow, text dump";
    static final String READABILITY = "Readability.js, HTML";
    static final String READABILITY4J = "Readability4J, HTML";
    static final List<String> READERS = List.of(OURS_HTML, OURS_DUMP, READABILITY, READABILITY4J);

    private final PageParser parser = new PageParser(Clock.systemUTC());
    private final Tally tally = new Tally();
    private final List<String> details = new ArrayList<>();
    private final Map<String, Integer> refused = new HashMap<>();
    private final Map<String, Double> millis = new HashMap<>();

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args.length > 0 ? args[0] : "../shared/datasets/html-dev");
        Path out = Path.of(args.length > 1 ? args[1] : "target/quality");
        Path script = Path.of(args.length > 2 ? args[2] : "bench/quality/readability.mjs");
        System.out.print(new PageQuality().run(dataset, out, script));
    }

    String run(Path dataset, Path out, Path readabilityScript) throws Exception {
        Files.createDirectories(out);
        List<GoldPage> golds = GoldPage.load(dataset);
        List<Path> files = golds.stream().map(g -> dataset.resolve(g.file())).toList();
        Map<Path, String> urls = new HashMap<>();
        golds.forEach(g -> urls.put(dataset.resolve(g.file()), g.url() == null ? "" : g.url()));
        Map<String, Peers.Reading> readability = Files.exists(readabilityScript)
                ? Peers.readability(readabilityScript, files, urls, out) : Map.of();
        Path dumps = Files.createDirectories(out.resolve("dumps"));
        for (GoldPage gold : golds) {
            String html = PageDecoder.decode(Files.readAllBytes(dataset.resolve(gold.file())), null);
            score(gold, OURS_HTML, ours(OURS_HTML, html, true, gold.url()));
            String dump = Peers.textDump(html, out);
            Files.writeString(dumps.resolve(gold.file().replace(".html", ".txt")), dump);
            score(gold, OURS_DUMP, ours(OURS_DUMP, dump, false, gold.url()));
            long started = System.nanoTime();
            JavaReadabilityPeer.Result port = JavaReadabilityPeer.read(html, gold.url());
            millis.merge(READABILITY4J, (System.nanoTime() - started) / 1e6, Double::sum);
            score(gold, READABILITY4J, new Peers.Reading(port.title(), port.byline(), null, port.publishedTime(),
                    port.text(), 0));
            if (!readability.isEmpty()) {
                Peers.Reading reading = readability.get(gold.file());
                millis.merge(READABILITY, reading == null ? 0 : reading.millis(), Double::sum);
                score(gold, READABILITY, reading);
            }
        }
        Files.write(out.resolve("details.tsv"), details);
        return table(golds.size(), !readability.isEmpty());
    }

    private Peers.Reading ours(String reader, String content, boolean html, String url) {
        long started = System.nanoTime();
        try {
            ParsedPage page = parser.parse(content, html, url);
            return new Peers.Reading(page.title(), page.author(), page.source(),
                    page.publishedAt() == null ? null : page.publishedAt().toString(), page.bodyText(), 0);
        } catch (NotAnArticleException e) {
            refused.merge(reader, 1, Integer::sum);
            return null;
        } finally {
            millis.merge(reader, (System.nanoTime() - started) / 1e6, Double::sum);
        }
    }

    private void score(GoldPage gold, String reader, Peers.Reading found) {
        Peers.Reading r = found == null ? new Peers.Reading(null, null, null, null, null, 0) : found;
        if (gold.title() != null) {
            judge(gold, "title", reader, gold.title(), r.title(), Scoring.sameText(gold.title(), r.title()));
        }
        Instant published = instant(r.publishedTime());
        gold.date().filter(GoldDates.Gold::hasDay).ifPresent(date -> {
            judge(gold, "published day", reader, date.toString(), String.valueOf(published), Scoring.sameDay(date, published));
            if (date.time() != null) {
                judge(gold, "published minute", reader, date.toString(), String.valueOf(published),
                        Scoring.sameMinute(date, published));
            }
        });
        if (gold.author() != null) {
            judge(gold, "author", reader, gold.author(), r.author(), Scoring.sameAuthor(gold.author(), r.author()));
        }
        if (gold.newsLabelled() && (OURS_HTML.equals(reader) || OURS_DUMP.equals(reader))) {
            if (gold.source() != null) {
                judge(gold, "source", reader, gold.source(), r.source(), Scoring.sameText(gold.source(), r.source()));
            } else {
                judge(gold, "source absent → empty", reader, "", r.source(), r.source() == null || r.source().isBlank());
            }
        }
        if (gold.hasBody() || !gold.bodyContains().isEmpty()) {
            Scoring.BodyVerdict verdict = Scoring.body(gold, r.title(), r.text());
            String text = r.text() == null ? "" : r.text().replaceAll("\\s+", " ");
            String shown = text.length() <= 160 ? text : text.substring(0, 80) + " … " + text.substring(text.length() - 80);
            judge(gold, "body", reader, "start=" + verdict.start() + " end=" + verdict.end() + " snippets=" + verdict.snippets()
                    + " | " + gold.bodyStart() + " … " + gold.bodyEnd(), shown, verdict.right());
        }
    }

    private void judge(GoldPage gold, String field, String reader, String expected, String found, boolean right) {
        tally.add(field, reader, right);
        details.add(String.join("\t", gold.file(), field, reader, right ? "ok" : "WRONG", clean(expected), clean(found)));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notInstant) {
                return null;
            }
        }
    }

    private String table(int pages, boolean withReadability) {
        List<String> readers = withReadability ? READERS : List.of(OURS_HTML, OURS_DUMP, READABILITY4J);
        StringBuilder out = new StringBuilder();
        out.append("| field (pages scored) | ").append(String.join(" | ", readers)).append(" |\n|---|");
        out.append("---|".repeat(readers.size())).append('\n');
        for (String field : List.of("title", "published day", "published minute", "author", "source",
                "source absent → empty", "body")) {
            out.append("| ").append(field).append(" (").append(tally.scored(field, OURS_HTML)).append(") |");
            for (String reader : readers) {
                out.append(' ').append(tally.cell(field, reader)).append(" |");
            }
            out.append('\n');
        }
        out.append("| pages refused (of ").append(pages).append(") |");
        readers.forEach(r -> out.append(' ').append(refused.getOrDefault(r, 0)).append(" |"));
        out.append("\n| ms per page (mean) |");
        readers.forEach(r -> out.append(String.format(" %.1f |", millis.getOrDefault(r, 0.0) / pages)));
        return out.append('\n').toString();
    }
}
