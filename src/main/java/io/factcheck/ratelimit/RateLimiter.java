package io.factcheck.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * This instance's budgets, one token bucket per caller and endpoint class (see {@link TokenBucket}). Budgets are per
 * instance: each enforces the configured budget divided by the instance count ({@link Budget#perInstance}). A bucket
 * that has refilled completely is the same as a new one, so {@link #sweep} drops those; at most {@code maxCallers}
 * buckets are kept, and callers beyond that (only an attack from very many addresses gets there) share one bucket per
 * class and role until the next sweep makes room.
 */
public final class RateLimiter {

    private static final long SWEEP_AT_MOST_EVERY_NANOS = 1_000_000_000L;
    static final String OVERFLOW = "overflow";

    private final BiFunction<EndpointClass, String, Budget> budgets;
    private final int maxCallers;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    /**
     * @param budgets the budget of a class for a role (already divided by the instance count)
     * @param maxCallers most buckets kept at once
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    public RateLimiter(BiFunction<EndpointClass, String, Budget> budgets, int maxCallers, LongSupplier clock) {
        this.budgets = budgets;
        this.maxCallers = maxCallers;
        this.clock = clock;
        this.lastSweep = clock.getAsLong();
    }

    /** Charges the caller's budget for the class {@code weight} units; null when the budget is unlimited. */
    public Decision charge(EndpointClass endpointClass, Caller caller, long weight) {
        TokenBucket bucket = bucket(endpointClass, caller);
        return bucket == null ? null : bucket.take(weight, clock.getAsLong());
    }

    /** Gives back a charge whose request was then shed without doing any work. */
    public Decision refund(EndpointClass endpointClass, Caller caller, long weight) {
        TokenBucket bucket = bucket(endpointClass, caller);
        return bucket == null ? null : bucket.refund(weight, clock.getAsLong());
    }

    /** Drops the buckets that have refilled completely; answers how many remain. */
    public int sweep() {
        long now = clock.getAsLong();
        lastSweep = now;
        buckets.values().removeIf(bucket -> bucket.full(now));
        return buckets.size();
    }

    int size() {
        return buckets.size();
    }

    private TokenBucket bucket(EndpointClass endpointClass, Caller caller) {
        Budget budget = budgets.apply(endpointClass, caller.role());
        if (budget == null || budget.unlimited()) {
            return null;
        }
        String key = endpointClass.tag() + '|' + caller.role() + '|' + caller.id();
        TokenBucket bucket = buckets.get(key);
        if (bucket != null && bucket.budget().equals(budget)) {
            return bucket;
        }
        if (bucket == null && buckets.size() >= maxCallers) {
            long now = clock.getAsLong();
            if (now - lastSweep >= SWEEP_AT_MOST_EVERY_NANOS) {
                sweep();
            }
            if (buckets.size() >= maxCallers) {
                key = endpointClass.tag() + '|' + caller.role() + '|' + OVERFLOW;
            }
        }
        long now = clock.getAsLong();
        return buckets.compute(key, (k, existing) -> existing != null && existing.budget().equals(budget)
                ? existing : new TokenBucket(budget, now));
    }
}
