package io.newsflow.ingest.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingest API's OpenAPI document, served at {@code /v3/api-docs} with a browser view at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ingestOpenApi() {
        return new OpenAPI()
                .info(new Info().title("newsflow ingest API").version("v1").description("""
                        Where partner content enters newsflow. Pages (HTML in any charset, or text dumps of rendered \
                        pages) and JSON articles are parsed, deduplicated by canonical URL and content hash, \
                        versioned, and acknowledged only after Kafka acknowledged them (202). An exact repeat is \
                        answered 200 'duplicate'. Errors are RFC 9457 problem+json. /api/** needs the ingest token, \
                        /admin/** the admin token, both as 'Authorization: Bearer <token>'."""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
