package io.newsflow.enrich.category;

import io.newsflow.model.ArticleTopic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The fixed topic taxonomy ({@code nlp/topics.tsv}): IPTC Media Topics top level with Chinese labels and the portal
 * channels mapped onto it. It knows which labels name a topic; labels that name a place (国内, 上海新闻) name none.
 */
@Component
public class Taxonomy {

    /** Channel labels often carry one of these after the name: 体育新闻, 财经频道. */
    private static final List<String> LABEL_SUFFIXES = List.of("新闻", "频道", "资讯", "中心", "版");

    /** The topic of an article no topic word speaks for: general news about people's lives. */
    static final String FALLBACK = "society";

    private final List<Entry> entries;
    private final Map<String, Entry> byCode = new HashMap<>();
    private final Map<String, Entry> byLabel = new HashMap<>();
    private final Map<String, Entry> byUrlChannel = new HashMap<>();

    public Taxonomy() {
        entries = load();
        for (Entry entry : entries) {
            byCode.put(entry.code(), entry);
            byLabel.put(entry.label(), entry);
            for (String alias : entry.aliases()) {
                byLabel.putIfAbsent(alias.toLowerCase(Locale.ROOT), entry);
                if (alias.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
                    byUrlChannel.putIfAbsent(alias.toLowerCase(Locale.ROOT), entry);
                }
            }
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public Entry get(String code) {
        Entry entry = byCode.get(code);
        if (entry == null) {
            throw new IllegalArgumentException("no topic " + code + " in the taxonomy");
        }
        return entry;
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The topic a code (sport) or a label (体育, Sports) names, as an operator would write it. */
    public Optional<Entry> find(String codeOrLabel) {
        if (codeOrLabel == null || codeOrLabel.isBlank()) {
            return Optional.empty();
        }
        Entry byItsCode = byCode.get(codeOrLabel.strip().toLowerCase(Locale.ROOT));
        return byItsCode != null ? Optional.of(byItsCode) : forLabel(codeOrLabel);
    }

    /** The topic a breadcrumb or channel label names (体育, 体育新闻, Sports), if it names one. */
    public Optional<Entry> forLabel(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        Entry entry = byLabel.get(key);
        for (int i = 0; entry == null && i < LABEL_SUFFIXES.size(); i++) {
            String suffix = LABEL_SUFFIXES.get(i);
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                entry = byLabel.get(key.substring(0, key.length() - suffix.length()));
            }
        }
        return Optional.ofNullable(entry);
    }

    /** The topic a portal channel name in a URL names ({@code sports}, {@code ent}), if it names one. */
    public Optional<Entry> forUrlChannel(String name) {
        return Optional.ofNullable(byUrlChannel.get(name.toLowerCase(Locale.ROOT)));
    }

    private static List<Entry> load() {
        List<Entry> table = new ArrayList<>();
        try (InputStream in = Taxonomy.class.getResourceAsStream("/nlp/topics.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .forEach(cols -> table.add(new Entry(cols[0].strip(), cols[1].strip(), cols[2].strip(),
                            cols[3].strip(), List.of(cols[4].strip().split(",")))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(table);
    }

    /**
     * One topic.
     *
     * @param iptc the IPTC Media Topic top level the topic is, or belongs to
     * @param aliases labels that name it; the ASCII ones are also portal channel names in URLs
     */
    public record Entry(String code, String english, String label, String iptc, List<String> aliases) {

        public ArticleTopic topic() {
            return new ArticleTopic(code, label);
        }
    }
}
