package io.factcheck.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counters of refused requests, per endpoint class: {@code claims.requests.limited} (429, over the caller's budget)
 * and {@code claims.requests.shed} (503, a bound was full); in Prometheus {@code claims_requests_limited_total} and
 * {@code claims_requests_shed_total}, tag {@code class}.
 */
@ApplicationScoped
public class OverloadMetrics {

    public static final String LIMITED = "claims.requests.limited";
    public static final String SHED = "claims.requests.shed";

    private final MeterRegistry registry;
    private final Map<String, Counter> limited = new ConcurrentHashMap<>();
    private final Map<String, Counter> shed = new ConcurrentHashMap<>();

    public OverloadMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (EndpointClass endpointClass : EndpointClass.values()) {
            limitedCounter(endpointClass.tag()); // present at 0 from the start, so dashboards see the series
        }
    }

    public void limited(EndpointClass endpointClass) {
        limitedCounter(endpointClass.tag()).increment();
    }

    public void shed(String endpointClass) {
        shedCounter(endpointClass).increment();
    }

    Counter shedCounter(String endpointClass) {
        return shed.computeIfAbsent(endpointClass, tag -> Counter.builder(SHED)
                .description("Requests refused with 503 because a bound on work in flight was full")
                .tag("class", tag).register(registry));
    }

    private Counter limitedCounter(String endpointClass) {
        return limited.computeIfAbsent(endpointClass, tag -> Counter.builder(LIMITED)
                .description("Requests refused with 429 because the caller was over its rate limit")
                .tag("class", tag).register(registry));
    }
}
