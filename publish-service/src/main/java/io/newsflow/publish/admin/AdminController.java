package io.newsflow.publish.admin;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /admin/rebuild} (admin token): rebuild the read model by replaying the enriched topic. */
@RestController
class AdminController {

    private final ReadModelRebuild rebuild;

    AdminController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/admin/rebuild")
    Map<String, Object> rebuild() {
        long started = System.nanoTime();
        long replayed = rebuild.run();
        return Map.of("replayed", replayed, "tookMs", (System.nanoTime() - started) / 1_000_000);
    }
}
