package io.newsflow.ingest.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link PageQuality} from `bench/run quality`, never in the normal build: the name matches neither *Test nor
 * *IT, and it only runs with -Dbench=true. The table goes to stdout and to table.md in the output folder.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class PageQualityBenchmark {

    @Test
    void readsTheDevSetBesideReadability() throws Exception {
        Path dataset = Path.of(System.getProperty("quality.dataset", "../../shared/datasets/html-dev"));
        Path out = Path.of(System.getProperty("quality.out", "target/quality"));
        Path readability = Path.of(System.getProperty("quality.readability", "../bench/quality/readability.mjs"));
        String table = new PageQuality().run(dataset, out, readability);
        Files.writeString(out.resolve("table.md"), table);
        System.out.println(table);
        assertThat(table).contains("| title (");
    }
}
