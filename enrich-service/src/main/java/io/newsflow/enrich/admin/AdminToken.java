package io.newsflow.enrich.admin;

import io.newsflow.support.security.BearerToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bearer token of the admin endpoints, from {@code NEWSFLOW_ADMIN_TOKEN}; when that is blank a random one is
 * generated and logged once ({@link BearerToken}).
 */
@Component
class AdminToken {

    private final BearerToken token;

    AdminToken(@Value("${newsflow.enrich.admin-token:}") String configured) {
        this.token = BearerToken.configuredOrGenerated("enrich admin", configured, "NEWSFLOW_ADMIN_TOKEN");
    }

    boolean accepts(String authorization) {
        return token.acceptsHeader(authorization);
    }
}
