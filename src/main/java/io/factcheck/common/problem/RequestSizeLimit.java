package io.factcheck.common.problem;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a declared body over quarkus.http.limits.max-body-size with a 413 problem document, before the HTTP layer's
 * own check (which would answer with an empty body). Chunked bodies without a length still meet that check.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private final long maxBytes;
    private final ObjectMapper json;

    public RequestSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ObjectMapper json) {
        this.maxBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length)) {
                Problem problem = ProblemType.PAYLOAD_TOO_LARGE.problem(
                        "The request body is " + length + " bytes; this service accepts at most " + maxBytes,
                        ctx.request().path(), null);
                RoutingProblems.endAndClose(ctx, problem, json);
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer rejects a malformed Content-Length itself
        }
    }
}
