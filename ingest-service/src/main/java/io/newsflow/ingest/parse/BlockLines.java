package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an element into visual lines the way a browser would break them, counting link text per line. */
final class BlockLines implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
            "td", "th", "tbody", "thead", "blockquote", "pre", "figure", "figcaption", "form", "center", "hr", "br",
            "address", "body", "html");

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkLetters;
    private int linkDepth;

    private BlockLines() {
    }

    static List<Line> of(Element root) {
        BlockLines visitor = new BlockLines();
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
            if (BLOCKS.contains(element.normalName())) {
                flush();
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
            } else if ("a".equals(element.normalName())) {
                linkDepth--;
            }
        }
    }

    private void flush() {
        if (!Text.clean(current.toString()).isEmpty()) {
            lines.add(new Line(current.toString(), linkLetters));
        }
        current.setLength(0);
        linkLetters = 0;
    }
}
