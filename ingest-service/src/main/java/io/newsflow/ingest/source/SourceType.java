package io.newsflow.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a source's location points at; the JSON names are the lower-case constants. */
public enum SourceType {
    FEED, SITEMAP, DIRECTORY;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidSourceException when the name is not one of feed, sitemap, directory */
    public static SourceType parse(String name) {
        for (SourceType type : values()) {
            if (type.json().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return type;
            }
        }
        throw new InvalidSourceException("'type' must be one of "
                + Arrays.stream(values()).map(SourceType::json).collect(Collectors.joining(", "))
                + ", not '" + name + "'.");
    }
}
