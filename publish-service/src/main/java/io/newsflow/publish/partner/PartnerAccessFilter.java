package io.newsflow.publish.partner;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies partner keys and rate limits to {@code /feeds/**} and {@code /widgets/**}; 401 or 429 as problem+json. */
@Component
class PartnerAccessFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Partner-Key";

    private final PartnerAccess access;

    PartnerAccessFilter(PartnerAccess access) {
        this.access = access;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/feeds/") || path.startsWith("/widgets/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getParameter("key") != null ? request.getParameter("key") : request.getHeader(HEADER);
        PartnerAccess.Decision decision = access.check(key);
        if (decision.status() == 200) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(decision.status());
        if (decision.retryAfterSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        }
        response.setContentType("application/problem+json");
        String title = decision.status() == 429 ? "Too many requests" : "Partner key required";
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
                + decision.status() + ",\"detail\":\"" + decision.reason().replace("\"", "'") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
