package io.newsflow.console.security;

import io.newsflow.support.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Everything under {@code /console} needs the admin token (bearer header) or a session cookie from the login form;
 * only the login form and its stylesheet are open. The API answers 401 problem+json, pages redirect to the form.
 */
@Component
class ConsoleAuthFilter extends OncePerRequestFilter {

    static final String COOKIE = "newsflow_console";
    static final String LOGIN = "/console/login";
    private static final Set<String> OPEN = Set.of(LOGIN, "/console/login.css");
    private static final String BEARER = "Bearer ";

    private final AdminToken token;
    private final Sessions sessions;

    ConsoleAuthFilter(AdminToken token, Sessions sessions) {
        this.token = token;
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.equals("/console") || path.startsWith("/console/")) || OPEN.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (authenticated(request)) {
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
        } else if (path(request).startsWith("/console/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-console\"");
            response.setContentType("application/problem+json");
            ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED).type(Problems.ABOUT_BLANK)
                    .detail("Log in at /console/login or send the admin token as 'Authorization: Bearer <token>'.")
                    .build();
            response.getOutputStream().write(Problems.json(problem).getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(request.getContextPath() + LOGIN);
        }
    }

    private boolean authenticated(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(BEARER) && token.matches(header.substring(BEARER.length()))) {
            return true;
        }
        return sessions.isValid(sessionId(request));
    }

    static String sessionId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
