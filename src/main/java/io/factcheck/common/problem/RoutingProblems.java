package io.factcheck.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Ends a request with a problem document from a Vert.x route, before REST (and its exception mappers) sees it. */
final class RoutingProblems {

    private RoutingProblems() {
    }

    /** Answers the problem and closes the connection: the rest of an over-limit request is not worth reading. */
    static void endAndClose(RoutingContext ctx, Problem problem, ObjectMapper json) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
