package io.newsflow.publish.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /admin/rebuild} (admin token): rebuild the read model by replaying the enriched topic. */
@Tag(name = "Admin", description = "Operator endpoints; admin token.")
@RestController
class AdminController {

    private final ReadModelRebuild rebuild;

    AdminController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Rebuild the read model from the enriched topic", description = "Replays the topic from "
            + "the beginning into the read model and the feeds; answers {\"replayed\": n, \"tookMs\": t}.")
    @PostMapping("/admin/rebuild")
    Map<String, Object> rebuild() {
        long started = System.nanoTime();
        long replayed = rebuild.run();
        return Map.of("replayed", replayed, "tookMs", (System.nanoTime() - started) / 1_000_000);
    }
}
