package io.newsflow.ingest.security;

import io.newsflow.support.security.BearerToken;
import io.newsflow.support.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code /api/**} request needs {@code Authorization: Bearer <ingest token>}, every {@code /admin/**}
 * request the admin token; everything else (health, API docs) is open.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final BearerToken ingest;
    private final BearerToken admin;

    BearerTokenFilter(BearerToken ingest, BearerToken admin) {
        this.ingest = ingest;
        this.admin = admin;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.startsWith("/api/") || path.startsWith("/admin/"));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BearerToken token = path(request).startsWith("/admin/") ? admin : ingest;
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(PREFIX) && token.matches(header.substring(PREFIX.length()).strip())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-ingest\"");
        response.setContentType("application/problem+json");
        response.getOutputStream().write(Problems.json(Problems.of(HttpStatus.UNAUTHORIZED).type(Problems.ABOUT_BLANK)
                .detail("Send the " + token.purpose() + " token as 'Authorization: Bearer <token>'.")
                .instance(instance(request)).build()).getBytes(StandardCharsets.UTF_8));
    }

    /** The path asked for; none when it is not a URI, which only a broken client sends. */
    private static URI instance(HttpServletRequest request) {
        try {
            return new URI(request.getRequestURI());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
