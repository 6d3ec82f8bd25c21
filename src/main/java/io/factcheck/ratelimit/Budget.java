package io.factcheck.ratelimit;

import java.time.Duration;
import java.util.Locale;

/**
 * A rate-limit budget: at most {@code limit} units per {@code window}, as a token bucket that holds up to
 * {@code limit} units and refills continuously at {@code limit / window}. Written {@code 600/1m} (also {@code s},
 * {@code h}, or an ISO-8601 duration such as {@code 600/PT1M}); {@code unlimited} for none.
 */
public record Budget(long limit, Duration window) {

    public static final Budget UNLIMITED = new Budget(Long.MAX_VALUE, Duration.ofSeconds(1));

    public Budget {
        if (limit < 1) {
            throw new IllegalArgumentException("A budget's limit is at least 1, not " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A budget's window is positive, not " + window);
        }
    }

    public boolean unlimited() {
        return limit == Long.MAX_VALUE;
    }

    /** Units refilled per nanosecond. */
    double perNano() {
        return (double) limit / window.toNanos();
    }

    /** The window in whole seconds (at least 1), as RateLimit-Policy's {@code w} states it. */
    public long windowSeconds() {
        return Math.max(1, (window.toMillis() + 999) / 1000);
    }

    /**
     * This instance's share when {@code instances} instances enforce the budget each on their own: the limit divided
     * by the instance count, rounded up, never below 1. The window stays, so the refill rate divides too.
     */
    public Budget perInstance(int instances) {
        if (unlimited() || instances <= 1) {
            return this;
        }
        return new Budget(Math.max(1, (limit + instances - 1) / instances), window);
    }

    public static Budget parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.equalsIgnoreCase("unlimited") || value.equalsIgnoreCase("off")) {
            return UNLIMITED;
        }
        int slash = value.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("A budget is written LIMIT/WINDOW (e.g. 600/1m) or unlimited, not '"
                    + text + "'");
        }
        long limit;
        try {
            limit = Long.parseLong(value.substring(0, slash).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A budget's limit is a whole number: '" + text + "'");
        }
        return new Budget(limit, window(value.substring(slash + 1).trim(), text));
    }

    private static Duration window(String window, String text) {
        String lower = window.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("p")) {
                return Duration.parse(window.toUpperCase(Locale.ROOT));
            }
            char unit = lower.isEmpty() ? ' ' : lower.charAt(lower.length() - 1);
            String number = lower.substring(0, Math.max(0, lower.length() - 1));
            long amount = number.isEmpty() ? 1 : Long.parseLong(number);
            return switch (unit) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("A budget's window is like 1s, 1m, 1h or PT1M: '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return unlimited() ? "unlimited" : limit + "/" + window;
    }
}
