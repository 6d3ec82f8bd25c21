package io.factcheck.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The budget arithmetic: what is taken, what remains, when it is full again and when a refused request fits. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 5 * SECOND; // any start: nanoTime values are arbitrary

    @Test
    void a_new_bucket_is_full_and_each_request_takes_its_weight() {
        TokenBucket bucket = new TokenBucket(Budget.parse("60/1m"), T0);
        Decision first = bucket.take(1, T0);
        assertThat(first.allowed()).isTrue();
        assertThat(first.limit()).isEqualTo(60);
        assertThat(first.remaining()).isEqualTo(59);
        assertThat(first.windowSeconds()).isEqualTo(60);
        assertThat(first.policy()).isEqualTo("60;w=60");
        // One unit short of full refills in one second (60 per minute).
        assertThat(first.resetSeconds()).isEqualTo(1);

        Decision heavy = bucket.take(10, T0);
        assertThat(heavy.remaining()).isEqualTo(49);
        assertThat(heavy.resetSeconds()).isEqualTo(11);
    }

    @Test
    void over_budget_is_refused_with_the_wait_until_this_request_fits() {
        TokenBucket bucket = new TokenBucket(Budget.parse("6/1m"), T0); // one unit per 10 s
        for (int i = 0; i < 6; i++) {
            assertThat(bucket.take(1, T0).allowed()).isTrue();
        }
        Decision refused = bucket.take(1, T0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
        assertThat(refused.resetSeconds()).isEqualTo(60);

        // A refused request takes nothing: heavier ones wait longer, in proportion.
        assertThat(bucket.take(3, T0).retryAfterSeconds()).isEqualTo(30);
        // 4 s later, 6 s are left to wait (rounded up, never early).
        assertThat(bucket.take(1, T0 + 4 * SECOND).retryAfterSeconds()).isEqualTo(6);
        assertThat(bucket.take(1, T0 + 4 * SECOND + 1).retryAfterSeconds()).isEqualTo(6);
        assertThat(bucket.take(1, T0 + 10 * SECOND).allowed()).isTrue();
    }

    @Test
    void retry_after_is_at_least_one_second_even_when_almost_there() {
        TokenBucket bucket = new TokenBucket(Budget.parse("1/1s"), T0);
        bucket.take(1, T0);
        Decision refused = bucket.take(1, T0 + SECOND - 1_000_000); // 1 ms short
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void it_refills_continuously_and_never_beyond_the_limit() {
        TokenBucket bucket = new TokenBucket(Budget.parse("100/10s"), T0);
        bucket.take(100, T0);
        assertThat(bucket.peek(T0 + SECOND).remaining()).isEqualTo(10);
        assertThat(bucket.peek(T0 + 5 * SECOND).remaining()).isEqualTo(50);
        assertThat(bucket.full(T0 + 9 * SECOND)).isFalse();
        assertThat(bucket.full(T0 + 10 * SECOND)).isTrue();
        assertThat(bucket.peek(T0 + 3600 * SECOND).remaining()).isEqualTo(100);
        assertThat(bucket.peek(T0 + 3600 * SECOND).resetSeconds()).isZero();
    }

    @Test
    void a_request_heavier_than_the_whole_budget_is_charged_the_whole_budget() {
        TokenBucket bucket = new TokenBucket(Budget.parse("10/1m"), T0);
        Decision huge = bucket.take(64, T0);
        assertThat(huge.allowed()).isTrue();
        assertThat(huge.remaining()).isZero();
        Decision next = bucket.take(64, T0);
        assertThat(next.allowed()).isFalse();
        assertThat(next.retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void a_refund_gives_back_what_was_taken_but_not_more_than_the_limit() {
        TokenBucket bucket = new TokenBucket(Budget.parse("10/1m"), T0);
        bucket.take(7, T0);
        assertThat(bucket.refund(7, T0).remaining()).isEqualTo(10);
        assertThat(bucket.refund(7, T0).remaining()).isEqualTo(10);
    }

    @Test
    void budgets_parse_from_configuration() {
        assertThat(Budget.parse("600/1m")).isEqualTo(new Budget(600, Duration.ofMinutes(1)));
        assertThat(Budget.parse(" 20 / 10s ")).isEqualTo(new Budget(20, Duration.ofSeconds(10)));
        assertThat(Budget.parse("5000/h")).isEqualTo(new Budget(5000, Duration.ofHours(1)));
        assertThat(Budget.parse("90/PT90S")).isEqualTo(new Budget(90, Duration.ofSeconds(90)));
        assertThat(Budget.parse("unlimited").unlimited()).isTrue();
        assertThatThrownBy(() -> Budget.parse("600")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Budget.parse("0/1m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Budget.parse("10/1d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Budget.parse("ten/1m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_instance_enforces_its_share_rounded_up() {
        Budget budget = Budget.parse("600/1m");
        assertThat(budget.perInstance(1)).isEqualTo(budget);
        assertThat(budget.perInstance(3)).isEqualTo(new Budget(200, Duration.ofMinutes(1)));
        assertThat(budget.perInstance(7).limit()).isEqualTo(86);
        assertThat(Budget.parse("2/1m").perInstance(5).limit()).isEqualTo(1);
        assertThat(Budget.UNLIMITED.perInstance(4).unlimited()).isTrue();
    }
}
