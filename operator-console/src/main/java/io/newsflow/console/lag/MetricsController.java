package io.newsflow.console.lag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /console/api/metrics}: chart series, partition lags and latency percentiles. */
@RestController
class MetricsController {

    private final LagSampler sampler;

    MetricsController(LagSampler sampler) {
        this.sampler = sampler;
    }

    @GetMapping("/console/api/metrics")
    ChartData metrics() {
        return sampler.history().chartData();
    }
}
