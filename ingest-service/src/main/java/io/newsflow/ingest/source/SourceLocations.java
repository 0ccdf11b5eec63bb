package io.newsflow.ingest.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Checks and normalises locations, and derives a source's id from type and location. */
final class SourceLocations {

    private SourceLocations() {
    }

    /** @throws InvalidSourceException with what the operator must change */
    static String normalize(SourceType type, String location) {
        if (location == null || location.isBlank()) {
            throw new InvalidSourceException("'location' is required: an http(s) URL for a feed or sitemap, "
                    + "an absolute folder path for a directory.");
        }
        return type == SourceType.DIRECTORY ? folder(location.strip()) : webAddress(type, location.strip());
    }

    /** Same type and location give the same id, so a repeated registration is a primary-key hit. */
    static String id(SourceType type, String normalizedLocation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((type.json() + "\n" + normalizedLocation).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String folder(String location) {
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            throw new InvalidSourceException("'" + location + "' is not a valid folder path: " + e.getReason() + ".");
        }
        if (!path.isAbsolute()) {
            throw new InvalidSourceException("A directory location must be an absolute path, not '" + location + "'.");
        }
        if (!Files.isDirectory(path)) {
            throw new InvalidSourceException("'" + location + "' is not an existing folder on the ingest server.");
        }
        return path.normalize().toString();
    }

    private static String webAddress(SourceType type, String location) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new InvalidSourceException("'" + location + "' is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidSourceException("A " + type.json() + " location must be an http or https URL with a host, "
                    + "not '" + location + "'.");
        }
        return uri.normalize().toString();
    }
}
