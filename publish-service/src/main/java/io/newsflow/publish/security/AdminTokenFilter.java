package io.newsflow.publish.security;

import io.newsflow.support.security.BearerToken;
import io.newsflow.support.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /admin/**}, {@code /api/**} and {@code /console/**} need {@code Authorization: Bearer <admin token>}
 * (for the console, the browser may also send it once as {@code ?token=} and keep it in a cookie). The token comes
 * from NEWSFLOW_ADMIN_TOKEN, or is generated at start and logged once ({@link BearerToken}, as in every service).
 */
public class AdminTokenFilter extends OncePerRequestFilter {

    private static final List<String> PROTECTED = List.of("/admin/", "/api/", "/console");
    private static final String PREFIX = "Bearer ";

    private final BearerToken token;

    public AdminTokenFilter(String configured) {
        this.token = BearerToken.configuredOrGenerated("publish admin", configured, "NEWSFLOW_ADMIN_TOKEN");
    }

    /** Whether a path needs the admin token; the API documentation marks the same paths. */
    public static boolean protects(String path) {
        return PROTECTED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !protects(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(PREFIX) && matches(header.substring(PREFIX.length()).strip())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-admin\"");
        response.setContentType("application/problem+json");
        response.getOutputStream().write(Problems.json(Problems.of(HttpStatus.UNAUTHORIZED).type(Problems.ABOUT_BLANK)
                .detail("Send the admin token as 'Authorization: Bearer <token>'.").build())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Constant-time comparison, so response timing does not leak the token. */
    boolean matches(String presented) {
        return token.matches(presented);
    }
}
