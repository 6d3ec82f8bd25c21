package io.factcheck.ratelimit;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tight limits for the tests of the limits (one profile, so one application start for all of them). The loopback
 * peer is a trusted proxy, so each test plays as many clients as it likes by X-Forwarded-For. Admin keys (every test
 * request sends one unless it says otherwise) keep budgets too large to meet, so setting up data is never limited.
 */
public class TightLimits implements QuarkusTestProfile {

    static final int READ_ANONYMOUS = 5;
    static final int READ_EDITOR = 8;
    static final int CHECK_ANONYMOUS = 70;
    static final int WRITE_ANONYMOUS = 3;
    static final int CHECK_QUEUE = 16;
    static final int STREAMS_PER_CALLER = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("claims.ratelimit.trusted-proxies", "127.0.0.1/32,::1/128"),
                Map.entry("claims.ratelimit.read.anonymous", READ_ANONYMOUS + "/1m"),
                Map.entry("claims.ratelimit.read.editor", READ_EDITOR + "/1m"),
                Map.entry("claims.ratelimit.read.admin", "1000000/1m"),
                Map.entry("claims.ratelimit.check.anonymous", CHECK_ANONYMOUS + "/1m"),
                Map.entry("claims.ratelimit.check.editor", "1000000/1m"),
                Map.entry("claims.ratelimit.check.admin", "1000000/1m"),
                Map.entry("claims.ratelimit.write.anonymous", WRITE_ANONYMOUS + "/1m"),
                Map.entry("claims.ratelimit.write.editor", "1000000/1m"),
                Map.entry("claims.ratelimit.write.admin", "1000000/1m"),
                Map.entry("claims.check.queue", Integer.toString(CHECK_QUEUE)),
                Map.entry("claims.check.nice", "10"),
                Map.entry("claims.events.max-streams-per-caller", Integer.toString(STREAMS_PER_CALLER)));
    }

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16));

    /** A client address of the benchmarking range (198.18.0.0/15), a new one each time. */
    static String address() {
        int n = NEXT.getAndIncrement() & 0xffff;
        return "198.18." + (n >> 8) + "." + (n & 0xff);
    }
}
