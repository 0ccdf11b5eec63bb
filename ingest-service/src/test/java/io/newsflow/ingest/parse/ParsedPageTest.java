package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedPageTest {

    @Test
    void escapesParagraphsInBodyHtml() {
        ParsedPage page = new ParsedPage("t", null, "", "", "", List.of(), List.of("A & B <c>", "\"引号\"'"), List.of(), "zh-Hans");
        assertThat(page.bodyHtml()).isEqualTo("<p>A &amp; B &lt;c&gt;</p><p>&quot;引号&quot;&#39;</p>");
        assertThat(page.bodyText()).isEqualTo("A & B <c>\n\n\"引号\"'");
    }

    @Test
    void replacesNullsAndCopiesListsDefensively() {
        List<String> paragraphs = new ArrayList<>(List.of("正文"));
        ParsedPage page = new ParsedPage("t", null, null, null, null, null, paragraphs, null, null);
        paragraphs.add("后来加入");
        assertThat(page.source()).isEmpty();
        assertThat(page.author()).isEmpty();
        assertThat(page.breadcrumb()).isEmpty();
        assertThat(page.paragraphs()).containsExactly("正文");
        assertThatThrownBy(() -> page.paragraphs().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
