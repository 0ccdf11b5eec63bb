package io.newsflow.publish.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /admin/**}, {@code /api/**} and {@code /console/**} need {@code Authorization: Bearer <admin token>}
 * (for the console, the browser may also send it once as {@code ?token=} and keep it in a cookie). The token comes
 * from NEWSFLOW_ADMIN_TOKEN, or is generated at start and logged once.
 */
public class AdminTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdminTokenFilter.class);
    private static final List<String> PROTECTED = List.of("/admin/", "/api/", "/console");
    private static final String PREFIX = "Bearer ";

    private final byte[] token;

    public AdminTokenFilter(String configured) {
        String value = configured;
        if (value == null || value.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            value = HexFormat.of().formatHex(random);
            log.warn("NEWSFLOW_ADMIN_TOKEN is not set; generated admin token for this run: {}", value);
        }
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PROTECTED.stream().noneMatch(path::startsWith);
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
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Send the admin token as 'Authorization: Bearer <token>'.\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Constant-time comparison, so response timing does not leak the token. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
