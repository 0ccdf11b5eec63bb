package io.newsflow.publish.websub;

import io.newsflow.support.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /websub} with a form body ({@code hub.mode}, {@code hub.callback}, {@code hub.topic}, optional
 * {@code hub.secret} and {@code hub.lease_seconds}): 202 Accepted, then verification of intent at the callback.
 */
@Tag(name = "WebSub hub", description = "W3C WebSub: subscribe a callback to a feed; no token, the callback proves intent by echoing hub.challenge.")
@RestController
class HubController {

    private final Hub hub;

    HubController(Hub hub) {
        this.hub = hub;
    }

    @Operation(summary = "Subscribe or unsubscribe a callback to a feed", description = "202, then the hub GETs "
            + "the callback with hub.mode, hub.topic, hub.challenge (and hub.lease_seconds); the subscription holds "
            + "only if the callback answers 2xx with the challenge as its body. Each new article of the topic is "
            + "then POSTed to the callback as a feed document, with X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of "
            + "the body keyed with hub.secret> when a secret was given.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE, schemaProperties = {
                    @SchemaProperty(name = "hub.mode", schema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                            allowableValues = {"subscribe", "unsubscribe"})),
                    @SchemaProperty(name = "hub.topic", schema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "A feed URL of this service without query: {base}/feeds/latest, "
                                    + "/feeds/categories/{path}, /feeds/keywords/{term} or /feeds/sources/{source}, "
                                    + "optionally .rss, .xml, .atom or .json.")),
                    @SchemaProperty(name = "hub.callback", schema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "A public http or https URL.")),
                    @SchemaProperty(name = "hub.secret", schema = @Schema(description = "Optional, under 200 bytes: "
                            + "content is then signed with X-Hub-Signature-256.")),
                    @SchemaProperty(name = "hub.lease_seconds", schema = @Schema(type = "integer",
                            description = "Requested lease; the hub's default and maximum apply."))}))
    @ApiResponse(responseCode = "202", description = "Accepted; verification of intent follows.")
    @ApiResponse(responseCode = "400", description = "A bad hub.mode, hub.topic, hub.callback, hub.secret or "
            + "hub.lease_seconds.")
    @PostMapping(path = "/websub", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> request(@Parameter(hidden = true) HttpServletRequest request) {
        hub.request(request.getParameter("hub.mode"), request.getParameter("hub.callback"),
                request.getParameter("hub.topic"), request.getParameter("hub.secret"),
                request.getParameter("hub.lease_seconds"));
        return ResponseEntity.accepted().build();
    }

    @ExceptionHandler(BadHubRequestException.class)
    ProblemDetail bad(BadHubRequestException e) {
        return Problems.of(HttpStatus.BAD_REQUEST).title("Hub request not acceptable").detail(e.getMessage()).build();
    }
}
