package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.model.ArticleIngested;
import io.newsflow.model.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DirectorySourceIT extends SourceItSupport {

    private static final String FIRST = "社区食堂推出老年人午餐优惠";
    private static final String LATER = "旧厂房改建的文创园区开园";

    @TempDir
    Path folder;

    @Test
    void ingestsTheFilesOfAFolderAndPicksUpAFileAddedLater() throws IOException {
        Files.writeString(folder.resolve("first.html"), FakeSite.fixture("dir-first.html"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".partial.html"), "<html>还没有写完", StandardCharsets.UTF_8);

        String id = admin.registered("directory", folder.toString(), "PT1S");

        ArticleIngested first = await().atMost(WAIT).until(() -> folderArticles(FIRST), list -> !list.isEmpty()).get(0);
        assertThat(first.origin()).isEqualTo(Origin.DIRECTORY);
        assertThat(first.source()).isEqualTo("临江晚报");
        assertThat(first.breadcrumb()).containsExactly("社会新闻");

        Files.writeString(folder.resolve("later.txt"), FakeSite.fixture("dir-later.txt"), StandardCharsets.UTF_8);

        ArticleIngested later = await().atMost(WAIT).until(() -> folderArticles(LATER), list -> !list.isEmpty()).get(0);
        assertThat(later.origin()).isEqualTo(Origin.DIRECTORY);
        assertThat(later.source()).isEqualTo("临江日报");
        assertThat(later.author()).isEqualTo("郑涛");
        assertThat(later.body().text()).startsWith("由上世纪五十年代纺织厂房改建的文创园区").doesNotContain("打印本页");
        JsonNode source = awaitSource(id, s -> s.get("itemsIngested").asLong() == 2);
        assertThat(source.get("itemsSeen").asLong()).as("the hidden file is never read").isEqualTo(2);
        assertThat(folderArticles(FIRST)).as("the first file is ingested once, not on every poll").hasSize(1);
    }

    @Test
    void recordsAFileThatIsNoArticleAndGoesOnWithTheOthers() throws IOException {
        Files.writeString(folder.resolve("a-empty.txt"), "  ", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b-first.html"), FakeSite.fixture("dir-first.html")
                .replace("社区食堂", "街道食堂"), StandardCharsets.UTF_8);

        // One poll only: the next one would find nothing new and clear lastError.
        String id = admin.registered("directory", folder.toString(), "PT1M");

        JsonNode source = awaitSource(id, s -> s.get("itemsIngested").asLong() == 1);
        assertThat(source.get("itemsSeen").asLong()).isEqualTo(2);
        assertThat(source.get("lastError").asString()).contains("a-empty.txt");
        assertThat(folderArticles("街道食堂推出老年人午餐优惠")).hasSize(1);
    }

    private static List<ArticleIngested> folderArticles(String title) {
        return articles(article -> article.origin() == Origin.DIRECTORY && title.equals(article.title()));
    }
}
