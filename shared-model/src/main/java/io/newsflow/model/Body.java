package io.newsflow.model;

/** An article body as plain text (paragraphs separated by blank lines) and as sanitized HTML. */
public record Body(String text, String html) {

    public Body {
        text = text == null ? "" : text;
        html = html == null ? "" : html;
    }
}
