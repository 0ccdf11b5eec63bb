package io.newsflow.console.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form: POST the admin token, get an HttpOnly, SameSite=Strict session cookie. */
@Controller
class LoginController {

    private static final String ERROR_MARK = "<!--error-->";
    private static final String ERROR = "<p class=\"error\" id=\"login-error\">That token is not the admin token.</p>";

    private final AdminToken token;
    private final Sessions sessions;
    private final String page;

    LoginController(AdminToken token, Sessions sessions) {
        this.token = token;
        this.sessions = sessions;
        this.page = read("console-login.html");
    }

    @GetMapping(ConsoleAuthFilter.LOGIN)
    ResponseEntity<String> form() {
        return html(HttpStatus.OK, page);
    }

    @PostMapping(path = ConsoleAuthFilter.LOGIN, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> login(@RequestParam(name = "token", defaultValue = "") String presented,
            HttpServletRequest request) {
        if (!token.matches(presented)) {
            return html(HttpStatus.UNAUTHORIZED, page.replace(ERROR_MARK, ERROR));
        }
        ResponseCookie cookie = cookie(sessions.open(), request).maxAge(sessions.ttl()).build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + "/console"))
                .header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/console/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        sessions.close(ConsoleAuthFilter.sessionId(request));
        ResponseCookie cookie = cookie("", request).maxAge(0).build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(request.getContextPath() + ConsoleAuthFilter.LOGIN))
                .header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(String value, HttpServletRequest request) {
        return ResponseCookie.from(ConsoleAuthFilter.COOKIE, value).httpOnly(true).sameSite("Strict")
                .secure(request.isSecure()).path(request.getContextPath() + "/console");
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(body);
    }

    private static String read(String name) {
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + name + " on the classpath", e);
        }
    }
}
