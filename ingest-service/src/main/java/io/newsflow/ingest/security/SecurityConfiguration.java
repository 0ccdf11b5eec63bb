package io.newsflow.ingest.security;

import io.newsflow.ingest.IngestProperties;
import io.newsflow.support.security.BearerToken;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ingest clients and operators hold different tokens: {@code /api/**} and {@code /admin/**}. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    BearerTokenFilter bearerTokenFilter(IngestProperties properties) {
        return new BearerTokenFilter(
                BearerToken.configuredOrGenerated("ingest", properties.token(), "NEWSFLOW_INGEST_TOKEN"),
                BearerToken.configuredOrGenerated("admin", properties.adminToken(), "NEWSFLOW_ADMIN_TOKEN"));
    }
}
