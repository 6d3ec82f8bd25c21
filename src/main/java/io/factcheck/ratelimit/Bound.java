package io.factcheck.ratelimit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * A bound on work in flight, in units (a request, a job, or bytes of text: what the owner counts): work that would
 * take it past its capacity is refused at once ({@link OverloadedException}, 503 + Retry-After) instead of queueing.
 * One piece heavier than the whole capacity still gets in when nothing else is in flight, so the most ever admitted
 * is max(capacity, the heaviest piece). Made by {@link Bounds#bound}, which counts what it sheds.
 *
 * <pre>{@code
 * Bound recheck = bounds.bound("recheck", 4, () -> 30);       // at most 4 re-checks at once
 * return recheck.guard(1, () -> recheckAll(articleIds));      // fails at once when 4 are running
 * }</pre>
 */
public final class Bound {

    private final String name;
    private final long capacity;
    private final LongSupplier retryAfterSeconds;
    private final Runnable onShed;
    private final AtomicLong used = new AtomicLong();

    Bound(String name, long capacity, LongSupplier retryAfterSeconds, Runnable onShed) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The bound " + name + " needs a capacity of at least 1");
        }
        this.name = name;
        this.capacity = capacity;
        this.retryAfterSeconds = retryAfterSeconds;
        this.onShed = onShed;
    }

    /** A bound that counts nothing when it sheds (for tests and plain Java use). */
    public static Bound of(String name, long capacity, LongSupplier retryAfterSeconds) {
        return new Bound(name, capacity, retryAfterSeconds, () -> {
        });
    }

    public String name() {
        return name;
    }

    public long capacity() {
        return capacity;
    }

    public long used() {
        return used.get();
    }

    /** Takes {@code weight} units, or answers null (and counts a shed) when they do not fit. */
    public Permit tryAcquire(long weight) {
        long units = Math.max(1, weight);
        while (true) {
            long current = used.get();
            if (current > 0 && current + units > capacity) {
                onShed.run();
                return null;
            }
            if (used.compareAndSet(current, current + units)) {
                return new Permit(() -> used.addAndGet(-units));
            }
        }
    }

    /** Like {@link #tryAcquire}, but a refusal is an {@link OverloadedException}. */
    public Permit acquire(long weight) {
        Permit permit = tryAcquire(weight);
        if (permit == null) {
            throw overloaded();
        }
        return permit;
    }

    /**
     * Runs the work within the bound: subscribed only when its units fit, failed at once with
     * {@link OverloadedException} (without subscribing) when they do not; the units are released when the work
     * ends, fails or is cancelled.
     */
    public <T> Uni<T> guard(long weight, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Permit permit = tryAcquire(weight);
            if (permit == null) {
                return Uni.createFrom().failure(overloaded());
            }
            Uni<T> started;
            try {
                started = work.get();
            } catch (RuntimeException e) {
                permit.release();
                throw e;
            }
            return started.onTermination().invoke(permit::release);
        });
    }

    /** Seconds until a refused caller might fit: the owner's estimate, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfterSeconds.getAsLong());
    }

    public OverloadedException overloaded() {
        return new OverloadedException(name, "The service is at its bound for " + name
                + " work and takes no more right now; retry after " + retryAfterSeconds() + " s", retryAfterSeconds());
    }
}
