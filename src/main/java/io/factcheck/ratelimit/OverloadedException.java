package io.factcheck.ratelimit;

/**
 * Work refused because a bound is full: answered {@code 503} with {@code Retry-After} (see {@link OverloadedMapper}),
 * at once and before any of the work was done.
 */
public class OverloadedException extends RuntimeException {

    private final String bound;
    private final long retryAfterSeconds;

    public OverloadedException(String bound, String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.bound = bound;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** The name of the bound that was full (the {@code class} tag of the shed counter). */
    public String bound() {
        return bound;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
