package io.newsflow.publish.partner;

import io.newsflow.support.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The partner check of one request, done once however many filters ask: the first decision is kept on the request,
 * so a request served early (pre-rendered feeds) and one passed on to the dispatcher take one token each.
 */
@Component
public class PartnerGate {

    public static final String HEADER = "X-Partner-Key";
    private static final String ADMITTED = PartnerGate.class.getName() + ".admitted";

    private final PartnerAccess access;

    PartnerGate(PartnerAccess access) {
        this.access = access;
    }

    /** Whether partner keys and rate limits apply to a path; the API documentation marks the same paths. */
    public static boolean covers(String path) {
        return path.startsWith("/feeds/") || path.startsWith("/widgets/");
    }

    /** True when the request may go on; otherwise 401 or 429 has been written as problem+json. */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(ADMITTED) != null) {
            return true;
        }
        String key = key(request);
        PartnerAccess.Decision decision = access.check(key);
        if (decision.status() == 200) {
            request.setAttribute(ADMITTED, Boolean.TRUE);
            return true;
        }
        response.setStatus(decision.status());
        if (decision.retryAfterSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        }
        response.setContentType("application/problem+json");
        String title = decision.status() == 429 ? "Too many requests" : "Partner key required";
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(decision.status())).type(Problems.ABOUT_BLANK)
                .title(title).detail(decision.reason()).build();
        response.getOutputStream().write(Problems.json(problem).getBytes(StandardCharsets.UTF_8));
        return false;
    }

    /** Query parameters are parsed only when the query string can hold a key: parsing is most of a feed hit's cost. */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String key = query != null && query.contains("key=") ? request.getParameter("key") : null;
        return key != null ? key : request.getHeader(HEADER);
    }
}
