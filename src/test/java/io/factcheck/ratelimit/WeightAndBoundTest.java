package io.factcheck.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** A check's weight from its declared length, and the bounds that shed work instead of queueing it. */
class WeightAndBoundTest {

    private final RequestWeight weight = new RequestWeight(16 * 1024, 1024 * 1024);

    @Test
    void a_check_weighs_one_unit_per_started_16_KiB_of_body() {
        assertThat(weight.ofContentLength("0")).isEqualTo(1);
        assertThat(weight.ofContentLength("5000")).isEqualTo(1);
        assertThat(weight.ofContentLength("16384")).isEqualTo(1);
        assertThat(weight.ofContentLength("16385")).isEqualTo(2);
        assertThat(weight.ofContentLength("99000")).isEqualTo(7);
        assertThat(weight.ofContentLength("1048576")).isEqualTo(64);
    }

    @Test
    void an_undeclared_or_odd_length_weighs_as_much_as_the_largest_body() {
        assertThat(weight.maxWeight()).isEqualTo(64);
        assertThat(weight.ofContentLength(null)).isEqualTo(64);
        assertThat(weight.ofContentLength("lots")).isEqualTo(64);
        assertThat(weight.ofContentLength("-1")).isEqualTo(64);
        assertThat(weight.ofContentLength("99999999")).isEqualTo(64);
    }

    @Test
    void a_bound_admits_what_fits_and_sheds_the_rest_at_once() {
        AtomicInteger shed = new AtomicInteger();
        Bound bound = new Bound("check", 16, () -> 3, shed::incrementAndGet);
        Permit first = bound.tryAcquire(7);
        Permit second = bound.tryAcquire(7);
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(bound.used()).isEqualTo(14);
        assertThat(bound.tryAcquire(7)).isNull();
        assertThat(bound.tryAcquire(2)).isNotNull();
        assertThat(shed).hasValue(1);

        first.release();
        first.release(); // twice is once
        assertThat(bound.used()).isEqualTo(9);
        assertThat(bound.tryAcquire(7)).isNotNull();

        OverloadedException refused = bound.overloaded();
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
        assertThat(refused.bound()).isEqualTo("check");
    }

    @Test
    void one_piece_heavier_than_the_bound_runs_alone() {
        Bound bound = Bound.of("check", 8, () -> 1);
        Permit heavy = bound.tryAcquire(64);
        assertThat(heavy).isNotNull();
        assertThat(bound.tryAcquire(1)).isNull();
        heavy.release();
        assertThat(bound.used()).isZero();
    }

    @Test
    void guard_fails_at_once_without_starting_the_work_and_releases_when_the_work_ends() {
        Bound bound = Bound.of("recheck", 1, () -> 30);
        AtomicInteger started = new AtomicInteger();
        Permit busy = bound.acquire(1);
        assertThatThrownBy(() -> bound.guard(1, () -> {
            started.incrementAndGet();
            return Uni.createFrom().item("done");
        }).await().indefinitely()).isInstanceOf(OverloadedException.class);
        assertThat(started).hasValue(0);

        busy.release();
        assertThat(bound.guard(1, () -> {
            started.incrementAndGet();
            return Uni.createFrom().item("done");
        }).await().indefinitely()).isEqualTo("done");
        assertThat(bound.used()).isZero();
        assertThatThrownBy(() -> bound.guard(1, () -> Uni.createFrom().failure(new IllegalStateException("boom")))
                .await().indefinitely()).hasMessage("boom");
        assertThat(bound.used()).isZero();
    }

    @Test
    void a_caller_bound_counts_per_caller_and_in_all() {
        CallerBound streams = CallerBound.of("streams", 2, 3, 5);
        Permit a1 = streams.acquire("a");
        streams.acquire("a");
        assertThatThrownBy(() -> streams.acquire("a")).isInstanceOf(OverloadedException.class)
                .hasMessageContaining("at most 2");
        Permit b1 = streams.acquire("b");
        assertThatThrownBy(() -> streams.acquire("c")).isInstanceOf(OverloadedException.class)
                .hasMessageContaining("its bound");
        a1.release();
        a1.release();
        assertThat(streams.open("a")).isEqualTo(1);
        assertThat(streams.open()).isEqualTo(2);
        streams.acquire("c");
        b1.release();
        assertThat(streams.open("b")).isZero();
    }
}
