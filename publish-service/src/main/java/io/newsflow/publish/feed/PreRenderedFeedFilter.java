package io.newsflow.publish.feed;

import io.newsflow.publish.partner.PartnerGate;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a GET of a feed target answered before from its pre-rendered bytes, ahead of the MVC dispatcher and of
 * per-request HTTP observations: the hot path of partner sites polling the same feed URL. The partner check
 * still applies; anything else (a new target, a rendering that fails) goes on to {@link FeedController}.
 */
final class PreRenderedFeedFilter implements Filter {

    private final PreRenderedFeeds preRendered;
    private final FeedResponses responses;
    private final PartnerGate gate;

    PreRenderedFeedFilter(PreRenderedFeeds preRendered, FeedResponses responses, PartnerGate gate) {
        this.preRendered = preRendered;
        this.responses = responses;
        this.gate = gate;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        RenderedFeed feed;
        try {
            feed = preRendered.find(request);
        } catch (RuntimeException e) {
            feed = null; // the dispatcher renders it again and answers the error as problem+json
        }
        if (feed == null) {
            chain.doFilter(req, res);
        } else if (gate.admit(request, response)) {
            responses.write(feed, true, request, response);
        }
    }
}
