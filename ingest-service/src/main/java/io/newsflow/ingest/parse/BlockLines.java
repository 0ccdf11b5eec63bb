package io.newsflow.ingest.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element into visual lines the way a browser would break them, counting link text per line,
 * noting how strongly the markup marks each line as a heading and whether it lies inside the content element.
 */
final class BlockLines implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
            "td", "th", "tbody", "thead", "blockquote", "pre", "figure", "figcaption", "form", "center", "hr", "br",
            "address", "body", "html");
    private static final Map<String, Integer> HEADINGS = Map.of("h1", 4, "h2", 3, "h3", 2);
    private static final Pattern TITLE_HINT = Pattern.compile(
            "title|headline|biaoti|(?:^|[-_\\s])(?:tit|bt|hd)(?:$|[-_\\s\\d])", Pattern.CASE_INSENSITIVE);

    private static final Set<String> CENTRED_BLOCKS = Set.of("p", "div", "td", "center");
    private static final Pattern CENTRED_STYLE = Pattern.compile("text-align\\s*:\\s*center", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CENTRED_HEADING = 60;
    private static final int CENTRED_BOLD = 2;

    private final Element content;
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final Deque<Integer> headingStack = new ArrayDeque<>();
    private int linkLetters;
    private int linkDepth;
    private int contentDepth;

    private BlockLines(Element content) {
        this.content = content;
    }

    static List<Line> of(Element root) {
        return of(root, null);
    }

    /** Lines of root; those inside content (which may be null) are marked inContent. */
    static List<Line> of(Element root, Element content) {
        BlockLines visitor = new BlockLines(content);
        NodeTraversor.traverse(visitor, root);
        visitor.flush();
        return List.copyOf(visitor.lines);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            // Source formatting whitespace collapses like in a browser; NBSP and U+3000 are kept as typed.
            String value = text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " ");
            current.append(value);
            if (linkDepth > 0) {
                linkLetters += Text.letters(value);
            }
        } else if (node instanceof Element element) {
            if (element == content || contentDepth > 0) {
                if (element == content) {
                    flush();
                }
                contentDepth++;
            }
            if (BLOCKS.contains(element.normalName())) {
                flush("br".equals(element.normalName()));
                int outer = headingStack.isEmpty() ? 0 : headingStack.peek();
                headingStack.push(Math.max(outer, weight(element)));
            } else if ("a".equals(element.normalName())) {
                linkDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (BLOCKS.contains(element.normalName())) {
                flush();
                headingStack.poll();
            } else if ("a".equals(element.normalName())) {
                linkDepth--;
            }
            if (contentDepth > 0) {
                if (element == content) {
                    flush();
                }
                contentDepth--;
            }
        }
    }

    private static int weight(Element element) {
        Integer heading = HEADINGS.get(element.normalName());
        if (heading != null) {
            return heading;
        }
        if (isCentredBoldLine(element)) {
            return CENTRED_BOLD;
        }
        return TITLE_HINT.matcher(element.className() + " " + element.id()).find() ? 1 : 0;
    }

    /**
     * Pages set before headings were styled print their headline as a centred paragraph of bold text
     * ({@code <p align=center><b>…</b></p>}): it weighs as much as an h3.
     */
    private static boolean isCentredBoldLine(Element element) {
        if (!CENTRED_BLOCKS.contains(element.normalName())) {
            return false;
        }
        boolean centred = "center".equalsIgnoreCase(element.attr("align"))
                || CENTRED_STYLE.matcher(element.attr("style")).find()
                || (element.parent() != null && "center".equals(element.parent().normalName()));
        if (!centred) {
            return false;
        }
        String text = Text.compact(element.text());
        if (text.isEmpty() || text.length() > MAX_CENTRED_HEADING) {
            return false;
        }
        String bold = Text.compact(String.join("", element.select("b, strong").eachText()));
        return bold.equals(text);
    }

    private void flush() {
        flush(false);
    }

    private void flush(boolean atBreak) {
        if (!Text.clean(current.toString()).isEmpty()) {
            int heading = headingStack.isEmpty() ? 0 : headingStack.peek();
            lines.add(new Line(current.toString(), linkLetters, heading, contentDepth > 0, atBreak));
        }
        current.setLength(0);
        linkLetters = 0;
    }
}
