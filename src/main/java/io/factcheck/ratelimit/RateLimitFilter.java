package io.factcheck.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Rate limits for the API, before anything else reads the request: who the caller is (an API key, else the client
 * address, see {@link TrustedProxies}), which budget the request draws on ({@link EndpointClass}, weighted by
 * {@link RequestWeight} for checks), and the IETF RateLimit header fields on every answer of a limited class.
 * Over budget: 429 problem+json with Retry-After, and the request's body is never read.
 *
 * <p>Budgets come from {@code claims.ratelimit.<class>.<role>} ({@code read}, {@code check}, {@code write};
 * {@code anonymous} and each key role), each divided by {@code claims.ratelimit.instances}: every instance keeps its
 * own buckets in memory (see src/docs/overload.md for why not PostgreSQL). A role without a budget of its own gets the
 * anonymous one.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** Before the request-line and body-size checks, REST, and any handler that reads a body. */
    public static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 3;
    static final String CHARGE_KEY = RateLimitFilter.class.getName() + ".charge";
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final long SWEEP_INTERVAL_MS = 60_000;

    private final boolean enabled;
    private final int instances;
    private final TrustedProxies proxies;
    private final RequestWeight weight;
    private final OverloadMetrics metrics;
    private final ObjectMapper json;
    private final Config config;
    private final RateLimiter limiter;
    private final KeyRoleCache keyRoles;
    private final Vertx vertx;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
    private long sweepTimer = -1;

    public RateLimitFilter(@ConfigProperty(name = "claims.ratelimit.enabled") boolean enabled,
            @ConfigProperty(name = "claims.ratelimit.instances") int instances,
            @ConfigProperty(name = "claims.ratelimit.trusted-proxies") Optional<List<String>> trustedProxies,
            @ConfigProperty(name = "claims.ratelimit.max-callers") int maxCallers,
            @ConfigProperty(name = "claims.ratelimit.key-role-ttl") Duration keyRoleTtl,
            RequestWeight weight, OverloadMetrics metrics, ObjectMapper json, Config config,
            Instance<KeyRoles> roles, Vertx vertx) {
        this.enabled = enabled;
        this.instances = Math.max(1, instances);
        this.proxies = TrustedProxies.parse(trustedProxies.orElse(List.of()));
        this.weight = weight;
        this.metrics = metrics;
        this.json = json;
        this.config = config;
        this.vertx = vertx;
        this.limiter = new RateLimiter(this::budget, maxCallers, System::nanoTime);
        KeyRoles lookup = roles.isResolvable() ? roles.get() : secret -> io.smallrye.mutiny.Uni.createFrom().nullItem();
        this.keyRoles = new KeyRoleCache(lookup, keyRoleTtl.toNanos(), Math.max(16, maxCallers / 10), System::nanoTime);
        // A bad budget fails the start, not a request.
        for (EndpointClass endpointClass : EndpointClass.values()) {
            budget(endpointClass, Caller.ANONYMOUS);
        }
        for (String name : config.getPropertyNames()) {
            String[] parts = name.split("\\.");
            if (parts.length == 4 && name.startsWith("claims.ratelimit.")) {
                for (EndpointClass endpointClass : EndpointClass.values()) {
                    if (endpointClass.tag().equals(parts[2])) {
                        budget(endpointClass, parts[3]);
                    }
                }
            }
        }
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
        sweepTimer = vertx.setPeriodic(SWEEP_INTERVAL_MS, timer -> limiter.sweep());
        LOG.infof("Rate limits %s: per instance, budgets divided by %d instance(s); trusted proxies: %s",
                enabled ? "on" : "off", instances, proxies);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (sweepTimer >= 0) {
            vertx.cancelTimer(sweepTimer);
        }
    }

    /** The budget of a class for a role on this instance; a role without one of its own gets the anonymous one. */
    Budget budget(EndpointClass endpointClass, String role) {
        return budgets.computeIfAbsent(endpointClass.tag() + '.' + role, key -> {
            Optional<String> own = config.getOptionalValue("claims.ratelimit." + key, String.class);
            String text = own.orElseGet(() -> config.getOptionalValue(
                    "claims.ratelimit." + endpointClass.tag() + '.' + Caller.ANONYMOUS, String.class)
                    .orElse("unlimited"));
            try {
                return Budget.parse(text).perInstance(instances);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("claims.ratelimit." + key + ": " + e.getMessage(), e);
            }
        });
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        EndpointClass endpointClass = EndpointClass.of(request.method(), ctx.normalizedPath());
        if (endpointClass == null) {
            ctx.next();
            return;
        }
        String address = proxies.clientAddress(
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(),
                request.headers().getAll("X-Forwarded-For"));
        String secret = bearer(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (secret == null) {
            proceed(ctx, endpointClass, Caller.anonymous(address));
            return;
        }
        String digest = KeyRoleCache.digest(secret);
        String role = keyRoles.cached(digest);
        if (role != null) {
            proceed(ctx, endpointClass, caller(digest, role, address));
            return;
        }
        // The body (if any) stays unread meanwhile: Quarkus pauses a request until a handler asks for its data.
        Context context = Vertx.currentContext();
        keyRoles.lookUp(digest, secret).subscribe().with(found -> {
            if (context == null || context == Vertx.currentContext()) {
                proceed(ctx, endpointClass, caller(digest, found, address));
            } else {
                context.runOnContext(ignored -> proceed(ctx, endpointClass, caller(digest, found, address)));
            }
        });
    }

    private static Caller caller(String digest, String role, String address) {
        return KeyRoleCache.UNKNOWN.equals(role) ? Caller.anonymous(address) : Caller.key(digest, role);
    }

    private void proceed(RoutingContext ctx, EndpointClass endpointClass, Caller caller) {
        ctx.put(Caller.CONTEXT_KEY, caller);
        if (!enabled) {
            ctx.next();
            return;
        }
        long units = endpointClass == EndpointClass.CHECK ? weight.of(ctx.request()) : 1;
        Decision decision = limiter.charge(endpointClass, caller, units);
        if (decision == null) {
            ctx.next(); // unlimited
            return;
        }
        Charge charge = new Charge(endpointClass, caller, units, decision);
        ctx.put(CHARGE_KEY, charge);
        ctx.addHeadersEndHandler(ignored -> headers(ctx.response(), charge.decision));
        if (!decision.allowed()) {
            metrics.limited(endpointClass);
            RouteAnswers.tooManyRequests(ctx, "Over this caller's " + endpointClass.tag() + " budget of "
                    + decision.limit() + " per " + decision.windowSeconds() + " s" + (units > 1
                            ? " (this request weighs " + units + ")" : "")
                    + "; retry after " + decision.retryAfterSeconds() + " s", decision.retryAfterSeconds(), json);
            return;
        }
        ctx.next();
    }

    /**
     * Gives back the request's charge: for a request refused later without doing any work (a full bound), so a
     * caller is not also charged for what it never got. The RateLimit fields then say what the budget has after it.
     */
    public void refund(RoutingContext ctx) {
        Charge charge = ctx.get(CHARGE_KEY);
        if (charge != null && charge.decision.allowed() && !charge.refunded) {
            charge.refunded = true;
            Decision after = limiter.refund(charge.endpointClass, charge.caller, charge.units);
            if (after != null) {
                charge.decision = after;
            }
        }
    }

    static void headers(HttpServerResponse response, Decision decision) {
        response.headers()
                .set("RateLimit-Limit", Long.toString(decision.limit()))
                .set("RateLimit-Remaining", Long.toString(decision.remaining()))
                .set("RateLimit-Reset", Long.toString(decision.resetSeconds()))
                .set("RateLimit-Policy", decision.policy());
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String secret = header.substring(BEARER.length()).trim();
        return secret.isEmpty() ? null : secret;
    }

    private static final class Charge {
        final EndpointClass endpointClass;
        final Caller caller;
        final long units;
        volatile Decision decision;
        volatile boolean refunded;

        Charge(EndpointClass endpointClass, Caller caller, long units, Decision decision) {
            this.endpointClass = endpointClass;
            this.caller = caller;
            this.units = units;
            this.decision = decision;
        }
    }
}
