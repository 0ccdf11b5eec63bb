package io.newsflow.publish.apidocs;

import io.newsflow.publish.partner.PartnerGate;
import io.newsflow.publish.security.AdminTokenFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The publish API's OpenAPI document, served at {@code /v3/api-docs} with a browser view at {@code /swagger-ui.html}.
 * Which operations need the admin token or take a partner key is read from the filters that enforce it, and every
 * error response is described as the RFC 9457 problem+json the service answers, so the document cannot claim
 * otherwise than the service does.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String ADMIN = "adminToken";
    static final String PARTNER_HEADER = "partnerKey";
    static final String PARTNER_QUERY = "partnerKeyQuery";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI publishOpenApi() {
        return new OpenAPI()
                .info(new Info().title("newsflow publish API").version("v1").description("""
                        How partner sites and operators get newsflow's articles out. Pull: feeds (RSS 2.0, Atom, \
                        JSON Feed 1.1) with filters, zh-Hant, brief mode and cursor paging, one article as JSON, \
                        embeddable widgets. Push: webhook subscriptions signed as Standard Webhooks, with attempts, \
                        recovery and a cursor + ack pull API; a WebSub hub; a server-sent event stream. Feeds and \
                        widgets take an optional partner key (required when the operator closed them), rate limited \
                        with 429 and Retry-After. /api/** and /admin/** need the admin token as \
                        'Authorization: Bearer <token>'. Every error is RFC 9457 problem+json."""))
                .components(new Components()
                        .addSecuritySchemes(ADMIN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The admin token (NEWSFLOW_ADMIN_TOKEN)."))
                        .addSecuritySchemes(PARTNER_HEADER, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(PartnerGate.HEADER)
                                .description("A partner key (NEWSFLOW_PARTNER_KEYS); optional unless "
                                        + "NEWSFLOW_PARTNER_KEY_REQUIRED=true."))
                        .addSecuritySchemes(PARTNER_QUERY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.QUERY).name("key").description("The partner key as ?key=.")));
    }

    /** Security and error responses by path, as {@link AdminTokenFilter} and {@link PartnerGate} apply them. */
    @Bean
    OpenApiCustomizer securityAndProblems() {
        return api -> {
            // the document's schemas are built from the handlers, after the OpenAPI bean: added here to stay
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> customise(path, operation)));
        };
    }

    private static void customise(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (AdminTokenFilter.protects(path)) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(ADMIN)));
            responses.putIfAbsent("401", new ApiResponse().description("No or a wrong admin token."));
        } else if (PartnerGate.covers(path)) {
            operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(PARTNER_HEADER),
                    new SecurityRequirement().addList(PARTNER_QUERY)));
            responses.putIfAbsent("401", new ApiResponse()
                    .description("An unknown partner key, or none where the operator requires one."));
            responses.putIfAbsent("429", new ApiResponse().description("The partner key's rate is used up.")
                    .addHeaderObject("Retry-After", new Header().description("Seconds until the next request "
                            + "is admitted.").schema(new IntegerSchema())));
        } else {
            operation.setSecurity(List.of());
        }
        problems(operation);
    }

    /** Every 4xx and 5xx the service answers is problem+json, whatever the handler's declared return type. */
    private static void problems(Operation operation) {
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details; 'detail' says what to change.")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().example("Subscription not acceptable"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("unknown field 'secret' (did you mean 'secrets'?)"))
                .addProperty("instance", new StringSchema().format("uri-reference"));
    }
}
