package io.newsflow.ingest.source.poll;

import io.newsflow.ingest.source.PollFailedException;
import io.newsflow.ingest.source.PollReport;
import io.newsflow.ingest.source.SeenItemStore;
import io.newsflow.ingest.source.Source;
import io.newsflow.ingest.source.SourcePoller;
import io.newsflow.ingest.source.SourceType;
import io.newsflow.ingest.source.SourcesProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A watched folder (not its sub-folders): each regular file that is new, or whose size or modification time changed,
 * is read as a page: HTML when named .html or .htm, a text dump of a rendered page otherwise.
 */
@Component
class DirectoryPoller implements SourcePoller {

    private final SeenItemStore seen;
    private final PageIngester pages;
    private final long maxBytes;

    DirectoryPoller(SeenItemStore seen, PageIngester pages, SourcesProperties properties) {
        this.seen = seen;
        this.pages = pages;
        this.maxBytes = properties.maxPageBytes().toBytes();
    }

    @Override
    public SourceType type() {
        return SourceType.DIRECTORY;
    }

    @Override
    public PollReport poll(Source source) throws PollFailedException {
        PollTally tally = new PollTally();
        for (Path file : files(Path.of(source.location()))) {
            if (tally.aborted()) {
                break;
            }
            String name = file.getFileName().toString();
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                String fingerprint = attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
                if (seen.fingerprint(source.id(), name).equals(Optional.of(fingerprint))) {
                    continue;
                }
                if (attributes.size() > maxBytes) {
                    tally.seen();
                    tally.failed(name + ": larger than " + maxBytes + " bytes");
                    seen.remember(source.id(), name, fingerprint);
                    continue;
                }
                pages.file(source.id(), name, fingerprint, Files.readAllBytes(file), html(name), tally);
            } catch (IOException e) {
                // Deleted or locked since the listing: the next poll sees how it ended.
                tally.retryLater(name + ": " + Problems.describe(e));
            }
        }
        return tally.report();
    }

    private static List<Path> files(Path folder) throws PollFailedException {
        if (!Files.isDirectory(folder)) {
            throw new PollFailedException("The folder " + folder + " does not exist (any more).");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(DirectoryPoller::finished).sorted().toList();
        } catch (IOException e) {
            throw new PollFailedException("The folder " + folder + " could not be listed: " + Problems.describe(e), e);
        }
    }

    /** Hidden files and the usual names of files still being written are left for later. */
    private static boolean finished(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp") || name.endsWith(".part"));
    }

    private static boolean html(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }
}
