package io.newsflow.publish.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EventCodec;
import io.newsflow.publish.PartnerApiItSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document against the handler mappings Spring MVC actually registered, so an endpoint added without
 * documentation fails here. Runs where partner keys are required: the document and Swagger UI need no credentials.
 */
class OpenApiIT extends PartnerApiItSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryHandlerMappingWithItsMethodAndASummary() throws Exception {
        JsonNode paths = apiDocs().get("paths");
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("io.newsflow.publish")) {
                continue; // Spring Boot's /error and springdoc's own endpoints
            }
            RequestMappingInfo info = mapping.getKey();
            assertThat(info.getMethodsCondition().getMethods()).as("HTTP methods of %s", info).isNotEmpty();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String verb = method.name().toLowerCase(Locale.ROOT);
                    List<JsonNode> operations = documented(paths, pattern, verb);
                    assertThat(operations).as("%s %s in /v3/api-docs", method, pattern).isNotEmpty();
                    operations.forEach(operation -> describesItsAnswers(operation, method + " " + pattern));
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        assertThat(endpoints).contains("GET /feeds/{*rest}", "POST /api/subscriptions",
                "GET /api/subscriptions/{id}/events", "POST /api/subscriptions/{id}/ack", "POST /websub",
                "GET /stream/articles", "POST /admin/rebuild", "GET /admin/partners", "GET /articles/{id}");
    }

    @Test
    void describesSecurityParametersAndProblemResponses() throws Exception {
        JsonNode api = apiDocs();
        JsonNode schemes = api.get("components").get("securitySchemes");
        assertThat(schemes.get("adminToken").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("partnerKey").get("name").asString()).isEqualTo("X-Partner-Key");
        assertThat(schemes.get("partnerKeyQuery").get("name").asString()).isEqualTo("key");
        assertThat(api.get("components").get("schemas").get("Problem").get("properties").propertyNames())
                .contains("type", "title", "status", "detail");

        JsonNode create = api.get("paths").get("/api/subscriptions").get("post");
        assertThat(create.get("security").toString()).isEqualTo("[{\"adminToken\":[]}]");
        assertThat(create.get("responses").get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(create.get("responses").get("401").get("content").has("application/problem+json")).isTrue();

        JsonNode category = api.get("paths").get("/feeds/categories/{path}").get("get");
        assertThat(category.get("security").toString()).contains("partnerKey").contains("partnerKeyQuery");
        List<String> names = new ArrayList<>();
        category.get("parameters").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).contains("path", "format", "limit", "after", "lang", "mode", "filter", "filterout",
                "filter_title", "filter_category");
        assertThat(category.get("responses").propertyNames()).contains("200", "304", "400", "401", "429");

        assertThat(api.get("paths").get("/websub").get("post").get("requestBody").get("content")
                .get("application/x-www-form-urlencoded").get("schema").get("properties").propertyNames())
                .contains("hub.mode", "hub.topic", "hub.callback", "hub.secret", "hub.lease_seconds");
        assertThat(api.get("paths").get("/stream/articles").get("get").get("security").toString()).isEqualTo("[]");
    }

    @Test
    void servesSwaggerUiWithoutCredentials() throws Exception {
        HttpResponse<String> ui = get("/swagger-ui.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(get("/v3/api-docs/swagger-config").statusCode()).isEqualTo(200);
    }

    /** A summary, a success response, and every error as problem+json. */
    private static void describesItsAnswers(JsonNode operation, String endpoint) {
        assertThat(operation.path("summary").asString()).as("summary of %s", endpoint).isNotBlank();
        List<String> codes = new ArrayList<>(operation.get("responses").propertyNames());
        assertThat(codes).as("responses of %s", endpoint).anyMatch(code -> code.startsWith("2"));
        codes.stream().filter(code -> code.startsWith("4") || code.startsWith("5")).forEach(code -> assertThat(
                operation.get("responses").get(code).get("content").propertyNames()).as("%s of %s", code, endpoint)
                .containsExactly("application/problem+json"));
    }

    /** A capture-all pattern ({@code /feeds/{*rest}}) is documented path by path below its prefix. */
    private static List<JsonNode> documented(JsonNode paths, String pattern, String verb) {
        int captureAll = pattern.indexOf("{*");
        List<JsonNode> operations = new ArrayList<>();
        paths.propertyNames().forEach(path -> {
            boolean match = captureAll < 0 ? path.equals(pattern) : path.startsWith(pattern.substring(0, captureAll));
            if (match && paths.get(path).has(verb)) {
                operations.add(paths.get(path).get(verb));
            }
        });
        return operations;
    }

    private JsonNode apiDocs() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Files.writeString(Path.of("target", "publish-api-docs.json"), response.body());
        return EventCodec.mapper().readTree(response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
