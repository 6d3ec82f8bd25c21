package io.factcheck.ratelimit;

import java.util.HashMap;
import java.util.Map;

/**
 * A bound per caller on long-lived things (event streams): at most {@code perCaller} for one caller and
 * {@code total} for all. A refusal is counted as shed; see {@link Bounds#perCaller}.
 */
public final class CallerBound {

    private final String name;
    private final int perCaller;
    private final int total;
    private final long retryAfterSeconds;
    private final Runnable onShed;
    private final Map<String, Integer> open = new HashMap<>();
    private int all;

    CallerBound(String name, int perCaller, int total, long retryAfterSeconds, Runnable onShed) {
        if (perCaller < 1 || total < 1) {
            throw new IllegalArgumentException("The bound " + name + " needs limits of at least 1");
        }
        this.name = name;
        this.perCaller = perCaller;
        this.total = total;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        this.onShed = onShed;
    }

    public static CallerBound of(String name, int perCaller, int total, long retryAfterSeconds) {
        return new CallerBound(name, perCaller, total, retryAfterSeconds, () -> {
        });
    }

    public int perCaller() {
        return perCaller;
    }

    public synchronized int open(String caller) {
        return open.getOrDefault(caller, 0);
    }

    public synchronized int open() {
        return all;
    }

    /** A place for this caller, or an {@link OverloadedException} saying which bound is full. */
    public Permit acquire(String caller) {
        String refused;
        synchronized (this) {
            int mine = open.getOrDefault(caller, 0);
            if (mine >= perCaller) {
                refused = "This caller already has " + mine + " open " + name + " (at most " + perCaller
                        + " per API key or client address); close one or retry after " + retryAfterSeconds + " s";
            } else if (all >= total) {
                refused = "This instance has " + all + " open " + name + ", its bound; retry after "
                        + retryAfterSeconds + " s";
            } else {
                open.put(caller, mine + 1);
                all++;
                return new Permit(() -> release(caller));
            }
        }
        onShed.run();
        throw new OverloadedException(name, refused, retryAfterSeconds);
    }

    private synchronized void release(String caller) {
        all--;
        open.computeIfPresent(caller, (key, count) -> count <= 1 ? null : count - 1);
    }
}
