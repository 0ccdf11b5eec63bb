package io.newsflow.publish.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /admin/partners} (admin token): requests and throttled requests per partner since start. */
@Tag(name = "Admin")
@RestController
class PartnerController {

    private final PartnerAccess access;

    PartnerController(PartnerAccess access) {
        this.access = access;
    }

    @Operation(summary = "Requests and throttled requests per partner key since start", description = "One "
            + "{\"partner\", \"requestsPerMinute\", \"requests\", \"throttled\"} per configured partner.")
    @GetMapping("/admin/partners")
    List<Map<String, Object>> usage() {
        return access.usage();
    }
}
