package io.newsflow.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns page bytes into text: the charset declared in the Content-Type header wins, then one declared in the
 * page ({@code <meta charset>} or {@code http-equiv}), then a guess from the bytes (UTF-8, GB18030, Big5 ...).
 * GBK and GB2312 are read as GB18030, their superset.
 */
public final class PageDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    private PageDecoder() {
    }

    /**
     * @param declared the charset from the request's Content-Type, or null
     * @throws UndecodableException when the bytes are not valid in any charset that fits
     */
    public static String decode(byte[] body, Charset declared) throws UndecodableException {
        if (declared != null) {
            return strict(body, widen(declared))
                    .orElseThrow(() -> new UndecodableException("The body is not valid " + declared.name()
                            + " as declared in the Content-Type header."));
        }
        Optional<Charset> inPage = metaCharset(body);
        if (inPage.isPresent()) {
            Optional<String> text = strict(body, inPage.get());
            if (text.isPresent()) {
                return text.get();
            }
        }
        Optional<String> utf8 = strict(body, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Optional<Charset> detected = detected(body);
        Optional<String> guessed = detected.flatMap(charset -> strict(body, charset));
        if (guessed.isPresent()) {
            return guessed.get();
        }
        // Real pages carry the odd broken byte (a truncated character, a pasted symbol): browsers show a
        // replacement character and go on, and so do we, as long as the rest of the page fits the charset.
        List<Charset> candidates = new ArrayList<>();
        inPage.ifPresent(candidates::add);
        candidates.add(StandardCharsets.UTF_8);
        detected.ifPresent(candidates::add);
        candidates.add(Charset.forName("GB18030"));
        return candidates.stream().map(charset -> lenient(body, charset)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new UndecodableException(
                        "The body's charset could not be determined; declare it in the Content-Type header."));
    }

    /** The text with broken bytes replaced, when they are few: at most one character in 500. */
    private static Optional<String> lenient(byte[] body, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(body)).toString();
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            return replaced <= Math.max(3, text.length() / 500) ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static Optional<Charset> metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? charset(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Charset> detected(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, body.length);
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset()).flatMap(PageDecoder::charset);
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(widen(Charset.forName(name.trim())));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Charset widen(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.equals("GBK") || name.equals("GB2312") || name.equals("X-EUC-CN") || name.equals("EUC-CN")
                ? Charset.forName("GB18030") : charset;
    }

    private static Optional<String> strict(byte[] body, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** No charset fits the bytes. */
    public static final class UndecodableException extends Exception {
        public UndecodableException(String message) {
            super(message);
        }
    }
}
