package io.newsflow.publish.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaTopicsTest {

    /** The taxonomy is enrich-service's; publish-service keeps the IPTC column of it and must not drift. */
    @Test
    void mapsEveryTopicOfTheTaxonomyToTheMediaTopicEnrichServiceNames() throws IOException {
        Map<String, String> taxonomy = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("../enrich-service/src/main/resources/nlp/topics.tsv"),
                StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length >= 4 && columns[3].startsWith("medtop:")) {
                taxonomy.put(columns[0], columns[3]);
            }
        }

        assertThat(taxonomy).isNotEmpty();
        assertThat(MediaTopics.table()).isEqualTo(taxonomy);
    }

    @Test
    void keepsAMediaTopicCodeAndNamesItsConceptUri() {
        assertThat(MediaTopics.of("stocks")).hasValue("medtop:04000000");
        assertThat(MediaTopics.of("medtop:15000000")).hasValue("medtop:15000000");
        assertThat(MediaTopics.of("domestic/shanghai")).isEmpty();
        assertThat(MediaTopics.uri("medtop:15000000")).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/15000000");
    }
}
