package io.newsflow.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * IPTC's NINJS 3.1 JSON Schema, read from the standards folder beside the repository ({@code ../shared/standards},
 * which CI has too), with format assertions on, so that {@code uri} and {@code date-time} values are checked and
 * not only their types. The schema's GeoJSON reference (for place geometry, which newsflow does not send) is
 * answered locally with an empty schema: validation never reaches the network.
 */
public final class NinjsSchema {

    public static final Path FILE = Path.of("../../shared/standards/ninjs/ninjs-schema_3.1.json");
    private static final String ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";
    private static final Schema SCHEMA = load();

    private NinjsSchema() {
    }

    /** Every error of this item against the schema; empty when it is a valid NINJS 3.1 item. */
    public static List<String> errors(JsonNode item) {
        return SCHEMA.validate(item).stream().map(Error::toString).toList();
    }

    public static void assertValid(JsonNode item) {
        assertThat(errors(item)).as("NINJS 3.1 errors of %s", item).isEmpty();
    }

    private static Schema load() {
        assertThat(FILE).as("IPTC NINJS schema in ../shared/standards (see its README)").isRegularFile();
        String text;
        try {
            text = Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .build())
                        .schemas(Map.of(ID, text, "https://geojson.org/schema/GeoJSON.json", "{}")));
        return registry.getSchema(SchemaLocation.of(ID + "#"));
    }
}
