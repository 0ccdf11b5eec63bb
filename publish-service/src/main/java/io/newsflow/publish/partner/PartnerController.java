package io.newsflow.publish.partner;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /admin/partners} (admin token): requests and throttled requests per partner since start. */
@RestController
class PartnerController {

    private final PartnerAccess access;

    PartnerController(PartnerAccess access) {
        this.access = access;
    }

    @GetMapping("/admin/partners")
    List<Map<String, Object>> usage() {
        return access.usage();
    }
}
