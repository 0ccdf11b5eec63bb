package io.newsflow.ingest.source.poll;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP response: status, body (empty for 304) and what is needed to decode and revalidate it. */
record Fetched(int status, byte[] body, String contentType, Validators validators) {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    boolean notModified() {
        return status == 304;
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** 4xx other than 408 and 429: asking again will not help. */
    boolean permanentFailure() {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    boolean plainText() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain");
    }

    /** The charset named in Content-Type, or null so that the page decoder looks in the page. */
    Charset charset() {
        Matcher matcher = contentType == null ? null : CHARSET.matcher(contentType);
        if (matcher == null || !matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
