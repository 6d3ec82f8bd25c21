package io.factcheck.ratelimit;

import java.util.concurrent.atomic.AtomicBoolean;

/** A place taken in a {@link Bound} or {@link CallerBound}; releasing it twice releases it once. */
public final class Permit implements AutoCloseable {

    private final AtomicBoolean released = new AtomicBoolean();
    private final Runnable release;

    Permit(Runnable release) {
        this.release = release;
    }

    public void release() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }

    @Override
    public void close() {
        release();
    }
}
