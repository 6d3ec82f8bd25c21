package io.factcheck.ratelimit;

import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes the bounds on work in flight, with their metrics: what each sheds counts in {@code claims.requests.shed}
 * (tag {@code class} = the bound's name), and its use and capacity are the gauges {@code claims.bound.used} and
 * {@code claims.bound.capacity} (tag {@code bound}). Jobs and endpoints that must not queue without end take a
 * {@link Bound} (units of work) or a {@link CallerBound} (long-lived things per caller) from here, once, at start.
 */
@ApplicationScoped
public class Bounds {

    private final OverloadMetrics metrics;
    private final MeterRegistry registry;

    public Bounds(OverloadMetrics metrics, MeterRegistry registry) {
        this.metrics = metrics;
        this.registry = registry;
    }

    /**
     * @param name the bound's name, also the {@code class} of its shed requests (e.g. check, recheck, sync)
     * @param capacity units in flight at most
     * @param retryAfterSeconds the Retry-After a refused caller is given (an estimate of when room frees up)
     */
    public Bound bound(String name, long capacity, LongSupplier retryAfterSeconds) {
        var shed = metrics.shedCounter(name);
        Bound bound = new Bound(name, capacity, retryAfterSeconds, shed::increment);
        Gauge.builder("claims.bound.used", bound, Bound::used).description("Units of work in flight within a bound")
                .tag("bound", name).register(registry);
        Gauge.builder("claims.bound.capacity", bound, Bound::capacity).description("A bound's capacity in units")
                .tag("bound", name).register(registry);
        return bound;
    }

    /** At most {@code perCaller} for one caller and {@code total} in all, e.g. open event streams. */
    public CallerBound perCaller(String name, int perCaller, int total, long retryAfterSeconds) {
        var shed = metrics.shedCounter(name);
        CallerBound bound = new CallerBound(name, perCaller, total, retryAfterSeconds, shed::increment);
        Gauge.builder("claims.bound.used", bound, CallerBound::open).description("Units of work in flight within a bound")
                .tag("bound", name).register(registry);
        Gauge.builder("claims.bound.capacity", bound, b -> total).description("A bound's capacity in units")
                .tag("bound", name).register(registry);
        return bound;
    }
}
