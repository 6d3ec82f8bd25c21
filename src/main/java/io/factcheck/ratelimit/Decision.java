package io.factcheck.ratelimit;

/**
 * The outcome of charging a budget, and what the IETF RateLimit header fields say about it: {@code limit} units per
 * {@code windowSeconds}, {@code remaining} after this request, {@code resetSeconds} until the budget is full again,
 * and, when not allowed, {@code retryAfterSeconds} until this request would fit.
 */
public record Decision(boolean allowed, long limit, long windowSeconds, long remaining, long resetSeconds,
        long retryAfterSeconds) {

    /** RateLimit-Policy: the quota and its window, e.g. {@code 600;w=60}. */
    public String policy() {
        return limit + ";w=" + windowSeconds;
    }
}
