package io.factcheck.check;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.ratelimit.Bound;
import io.factcheck.ratelimit.EndpointClass;
import io.factcheck.ratelimit.Permit;
import io.factcheck.ratelimit.RateLimitFilter;
import io.factcheck.ratelimit.RequestWeight;
import io.factcheck.ratelimit.RouteAnswers;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Admits {@code POST /api/v1/check} into the checker's bounded queue before its body is read: the request takes its
 * weight (Content-Length in {@link RequestWeight} units) from {@link CheckService#postedChecks} and gives it back when
 * its answer has been sent or its connection closed. When the units do not fit, the answer is 503 with Retry-After at
 * once, the body is dropped unread, and the rate-limit charge is given back: the request did no work. So the bodies of
 * posted checks in memory never exceed the queue's units times the unit (claims.check.queue × 16 KiB).
 */
@ApplicationScoped
public class CheckAdmission {

    /** After the rate limit (a caller over budget is 429 whether or not the queue has room). */
    static final int ORDER = RateLimitFilter.ORDER + 4;

    private final Bound queue;
    private final RequestWeight weight;
    private final RateLimitFilter rateLimits;
    private final ObjectMapper json;

    public CheckAdmission(CheckService checker, RequestWeight weight, RateLimitFilter rateLimits, ObjectMapper json) {
        this.queue = checker.postedChecks();
        this.weight = weight;
        this.rateLimits = rateLimits;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            if (EndpointClass.of(ctx.request().method(), ctx.normalizedPath()) != EndpointClass.CHECK) {
                ctx.next();
                return;
            }
            Permit permit = queue.tryAcquire(weight.of(ctx.request()));
            if (permit == null) {
                rateLimits.refund(ctx);
                RouteAnswers.overloaded(ctx, queue.overloaded(), json);
                return;
            }
            ctx.addEndHandler(ignored -> permit.release());
            ctx.next();
        });
    }
}
