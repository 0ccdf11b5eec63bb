package io.newsflow.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class UnknownFieldsTest {

    private static final List<String> FIELDS = List.of("url", "title", "body", "bodyHtml", "publishedAt");

    record Article(String url, String title, String body, String bodyHtml, String publishedAt) {
    }

    @Test
    void suggestsTheFieldAMisspeltOneWasMeantToBe() {
        assertThat(UnknownFields.describe("tittle", FIELDS)).isEqualTo("unknown field 'tittle' (did you mean 'title'?)");
        assertThat(UnknownFields.describe("bodyhtml", FIELDS)).endsWith("(did you mean 'bodyHtml'?)");
        assertThat(UnknownFields.describe("published_at", FIELDS)).endsWith("(did you mean 'publishedAt'?)");
        assertThat(UnknownFields.describe("secret", FIELDS)).isEqualTo("unknown field 'secret'");
    }

    @Test
    void namesTheFieldAStrictReaderRefused() {
        JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        Throwable refused = catchThrowable(() -> strict.readValue("{\"titel\":\"x\",\"body\":\"y\"}", Article.class));

        assertThat(UnknownFields.describe(refused)).hasValue("unknown field 'titel' (did you mean 'title'?)");
        assertThat(UnknownFields.describe(new IllegalStateException("other"))).isEmpty();
    }
}
