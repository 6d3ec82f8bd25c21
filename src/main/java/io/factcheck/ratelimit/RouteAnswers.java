package io.factcheck.ratelimit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.common.problem.Problem;
import io.factcheck.common.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request from a Vert.x route, before REST reads its body: a problem document with Retry-After. The body
 * the client is still sending is read and dropped as it comes (never buffered), so the connection stays usable for
 * the client's next request and the answer is not lost to a reset.
 */
public final class RouteAnswers {

    private static final int MAX_INSTANCE_LENGTH = 256;

    private RouteAnswers() {
    }

    /** 429: over the caller's budget. */
    public static void tooManyRequests(RoutingContext ctx, String detail, long retryAfterSeconds, ObjectMapper json) {
        refuse(ctx, ProblemType.TOO_MANY_REQUESTS, detail, retryAfterSeconds, json);
    }

    /** 503: a bound on work in flight is full. */
    public static void overloaded(RoutingContext ctx, OverloadedException e, ObjectMapper json) {
        refuse(ctx, ProblemType.SERVICE_UNAVAILABLE, e.getMessage(), e.retryAfterSeconds(), json);
    }

    private static void refuse(RoutingContext ctx, ProblemType type, String detail, long retryAfterSeconds,
            ObjectMapper json) {
        String path = ctx.request().path();
        Problem problem = type.problem(detail, path != null && path.length() <= MAX_INSTANCE_LENGTH ? path : null, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        discardBody(ctx.request());
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfterSeconds)))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }

    private static void discardBody(HttpServerRequest request) {
        if (!request.isEnded()) {
            request.handler(ignored -> {
            });
            request.endHandler(ignored -> {
            });
            request.resume();
        }
    }
}
