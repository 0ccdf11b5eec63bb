package io.newsflow.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void acceptsOnlyTheConfiguredTokenAsABearerHeader() {
        BearerToken token = BearerToken.configuredOrGenerated("admin", "s3cret", "NEWSFLOW_ADMIN_TOKEN");

        assertThat(token.acceptsHeader("Bearer s3cret")).isTrue();
        assertThat(token.acceptsHeader("bearer s3cret")).isTrue();
        assertThat(token.acceptsHeader("Bearer s3cre")).isFalse();
        assertThat(token.acceptsHeader("Basic s3cret")).isFalse();
        assertThat(token.acceptsHeader(null)).isFalse();
        assertThat(token.matches("s3cret")).isTrue();
        assertThat(token.value()).isEqualTo("s3cret");
    }

    @Test
    void generatesAnUnguessableTokenWhenNoneIsConfigured() {
        BearerToken first = BearerToken.configuredOrGenerated("admin", " ", "NEWSFLOW_ADMIN_TOKEN");
        BearerToken second = BearerToken.configuredOrGenerated("admin", null, "NEWSFLOW_ADMIN_TOKEN");

        assertThat(first.value()).hasSize(48).isNotEqualTo(second.value());
        assertThat(first.acceptsHeader("Bearer ")).isFalse();
        assertThat(first.acceptsHeader("Bearer " + first.value())).isTrue();
    }
}
