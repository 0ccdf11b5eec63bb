package io.newsflow.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CorpusPageTest {

    private static final String SUFFIX = ".expected.properties";

    private final PageParser parser = new PageParser(TestPages.CLOCK);

    static Stream<PageExpectation> pages() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusPageTest.class.getResource("/pages").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted()
                    .map(PageExpectation::load).toList().stream();
        }
    }

    @Test
    void corpusHasAtLeastFifteenPages() throws Exception {
        assertThat(pages()).hasSizeGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsExpectedFieldsFromEachPage(PageExpectation expected) throws NotAnArticleException {
        String content = TestPages.load(expected.page(), expected.charset());
        String url = "https://example.test/" + expected.page();
        if (expected.notArticle()) {
            assertThatThrownBy(() -> parser.parse(content, expected.html(), url))
                    .isInstanceOf(NotAnArticleException.class).hasMessageContaining("body has only");
            return;
        }
        ParsedPage page = parser.parse(content, expected.html(), url);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(page.title()).as("title").isEqualTo(expected.title());
        soft.assertThat(page.publishedAt()).as("publishedAt").isEqualTo(expected.publishedAt());
        soft.assertThat(page.source()).as("source").isEqualTo(expected.source());
        soft.assertThat(page.author()).as("author").isEqualTo(expected.author());
        soft.assertThat(page.editor()).as("editor").isEqualTo(expected.editor());
        soft.assertThat(page.breadcrumb()).as("breadcrumb").isEqualTo(expected.breadcrumb());
        soft.assertThat(page.bodyText()).as("body start").startsWith(expected.bodyStart());
        soft.assertThat(page.paragraphs()).as("paragraphs").hasSize(expected.paragraphs());
        soft.assertThat(page.language()).as("language").isEqualTo(expected.language());
        soft.assertThat(page.sourceKeywords()).as("keywords").isEqualTo(expected.keywords());
        for (String chrome : expected.absent()) {
            soft.assertThat(page.bodyText()).as("body must not contain " + chrome).doesNotContain(chrome);
        }
        soft.assertAll();
    }
}
