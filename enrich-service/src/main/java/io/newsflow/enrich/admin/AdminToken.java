package io.newsflow.enrich.admin;

import io.newsflow.enrich.EnrichProperties;
import io.newsflow.support.security.BearerToken;
import org.springframework.stereotype.Component;

/**
 * The bearer token of the admin endpoints, from {@code NEWSFLOW_ADMIN_TOKEN}; when that is blank a random one is
 * generated and logged once ({@link BearerToken}).
 */
@Component
class AdminToken {

    private final BearerToken token;

    AdminToken(EnrichProperties properties) {
        this.token = BearerToken.configuredOrGenerated("enrich admin", properties.adminToken(), "NEWSFLOW_ADMIN_TOKEN");
    }

    boolean accepts(String authorization) {
        return token.acceptsHeader(authorization);
    }
}
