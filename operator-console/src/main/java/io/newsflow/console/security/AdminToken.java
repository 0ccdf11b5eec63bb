package io.newsflow.console.security;

import io.newsflow.console.ConsoleProperties;
import io.newsflow.support.security.BearerToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The admin token from NEWSFLOW_ADMIN_TOKEN, or one generated at start and logged once so an operator can log in. */
@Component
public class AdminToken {

    private final BearerToken token;

    @Autowired
    public AdminToken(ConsoleProperties properties) {
        this(properties.adminToken());
    }

    AdminToken(String configured) {
        this.token = BearerToken.configuredOrGenerated("console admin", configured, "NEWSFLOW_ADMIN_TOKEN");
    }

    /** Constant-time comparison, so response timing does not leak the token. */
    public boolean matches(String presented) {
        return token.matches(presented);
    }

    /** The token itself, for calls to publish-service's admin API which shares it. */
    public String value() {
        return token.value();
    }
}
