package io.factcheck.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private RateLimiter limiter(int maxCallers) {
        return new RateLimiter((endpointClass, role) -> switch (endpointClass) {
            case READ -> Budget.parse(role.equals("editor") ? "10/1m" : "3/1m");
            case CHECK -> Budget.parse("20/1m");
            case WRITE -> Budget.UNLIMITED;
        }, maxCallers, now::get);
    }

    @Test
    void callers_and_classes_have_separate_budgets() {
        RateLimiter limiter = limiter(100);
        Caller a = Caller.anonymous("192.0.2.1");
        Caller b = Caller.anonymous("192.0.2.2");
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.charge(EndpointClass.READ, a, 1).allowed()).isTrue();
        }
        assertThat(limiter.charge(EndpointClass.READ, a, 1).allowed()).isFalse();
        assertThat(limiter.charge(EndpointClass.READ, b, 1).allowed()).isTrue();
        assertThat(limiter.charge(EndpointClass.CHECK, a, 7).remaining()).isEqualTo(13);
        assertThat(limiter.charge(EndpointClass.WRITE, a, 1)).as("unlimited: no bucket, no fields").isNull();
    }

    @Test
    void a_key_gets_its_roles_budget() {
        RateLimiter limiter = limiter(100);
        assertThat(limiter.charge(EndpointClass.READ, Caller.key("abc", "editor"), 1).limit()).isEqualTo(10);
        assertThat(limiter.charge(EndpointClass.READ, Caller.key("abc", "admin"), 1).limit()).isEqualTo(3);
    }

    @Test
    void full_buckets_are_forgotten_and_too_many_callers_share_one() {
        RateLimiter limiter = limiter(2);
        limiter.charge(EndpointClass.READ, Caller.anonymous("192.0.2.1"), 1);
        limiter.charge(EndpointClass.READ, Caller.anonymous("192.0.2.2"), 1);
        // A third caller finds no room (the others are not full yet, the sweep is too recent): it shares the overflow.
        Decision third = limiter.charge(EndpointClass.READ, Caller.anonymous("192.0.2.3"), 3);
        assertThat(third.remaining()).isZero();
        assertThat(limiter.charge(EndpointClass.READ, Caller.anonymous("192.0.2.4"), 1).allowed()).isFalse();
        assertThat(limiter.size()).isEqualTo(3);

        now.addAndGet(60_000_000_000L); // a minute: every bucket has refilled
        assertThat(limiter.sweep()).isZero();
        assertThat(limiter.charge(EndpointClass.READ, Caller.anonymous("192.0.2.4"), 1).remaining()).isEqualTo(2);
    }
}
