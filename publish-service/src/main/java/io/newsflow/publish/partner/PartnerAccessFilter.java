package io.newsflow.publish.partner;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies partner keys and rate limits to {@code /feeds/**} and {@code /widgets/**}; 401 or 429 as problem+json. */
@Component
class PartnerAccessFilter extends OncePerRequestFilter {

    private final PartnerGate gate;

    PartnerAccessFilter(PartnerGate gate) {
        this.gate = gate;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PartnerGate.covers(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (gate.admit(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
