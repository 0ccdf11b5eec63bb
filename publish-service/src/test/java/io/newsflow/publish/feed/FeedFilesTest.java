package io.newsflow.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FeedFilesTest {

    @Test
    void keepsAReplacedFileForRequestsThatChoseItAndLeavesNothingBehindAtShutdown() throws Exception {
        FeedFiles files = new FeedFiles();
        Path first = files.write(new byte[] {1, 2, 3});
        files.retire(first);
        Path second = files.write(new byte[] {4});

        assertThat(first).exists().hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(second).exists().hasBinaryContent(new byte[] {4});
        files.deleteAll();
        assertThat(Files.exists(first.getParent())).isFalse();
    }
}
