package io.factcheck.ratelimit;

/**
 * One caller's budget for one class of requests: holds up to {@code limit} units, refills continuously at
 * {@code limit / window}, and a request of weight {@code w} takes {@code w} units when that many are there. A request
 * weighing more than the whole budget is charged the whole budget (so it still passes when the bucket is full).
 * Times are {@link System#nanoTime()} values passed in, so the arithmetic is testable without sleeping.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final Budget budget;
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    public TokenBucket(Budget budget, long now) {
        this.budget = budget;
        this.capacity = budget.limit();
        this.perNano = budget.perNano();
        this.tokens = capacity;
        this.updated = now;
    }

    public Budget budget() {
        return budget;
    }

    /** Takes {@code weight} units when they are there; either way says how the budget stands. */
    public synchronized Decision take(long weight, long now) {
        refill(now);
        double cost = cost(weight);
        boolean allowed = tokens >= cost;
        if (allowed) {
            tokens -= cost;
        }
        long retryAfter = allowed ? 0 : Math.max(1, seconds((cost - tokens) / perNano));
        return decision(allowed, retryAfter);
    }

    /** Gives back what a request took that then did no work (it was shed); never beyond the limit. */
    public synchronized Decision refund(long weight, long now) {
        refill(now);
        tokens = Math.min(capacity, tokens + cost(weight));
        return decision(true, 0);
    }

    /** How the budget stands, without charging. */
    public synchronized Decision peek(long now) {
        refill(now);
        return decision(true, 0);
    }

    /** Full again: the bucket is the same as a new one and need not be kept. */
    public synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private double cost(long weight) {
        return Math.min(Math.max(1, weight), capacity);
    }

    private void refill(long now) {
        long elapsed = now - updated;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * perNano);
            updated = now;
        }
    }

    private Decision decision(boolean allowed, long retryAfter) {
        long remaining = (long) Math.floor(tokens + 1e-9);
        long reset = seconds((capacity - tokens) / perNano);
        return new Decision(allowed, budget.limit(), budget.windowSeconds(), remaining, reset, retryAfter);
    }

    /** Whole seconds, rounded up (a client that waits that long is never early); 0 only for no wait at all. */
    static long seconds(double nanos) {
        if (nanos <= 1e3) { // below a microsecond: float noise, no wait
            return 0;
        }
        return (long) Math.ceil(nanos / NANOS_PER_SECOND);
    }
}
