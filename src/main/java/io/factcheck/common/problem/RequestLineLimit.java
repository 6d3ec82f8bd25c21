package io.factcheck.common.problem;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request URI over claims.limits.uri-length with a 414 problem document. The HTTP codec's own limit
 * (quarkus.http.limits.max-initial-line-length) is set well above it, because the codec answers an empty 414 that no
 * application code can shape (Vert.x's invalid-request hook is not exposed by Quarkus).
 */
@ApplicationScoped
public class RequestLineLimit {

    /** Longest path echoed back as the problem's instance; a longer one is the problem itself. */
    private static final int MAX_INSTANCE_LENGTH = 256;

    private final int maxUriLength;
    private final ObjectMapper json;

    public RequestLineLimit(@ConfigProperty(name = "claims.limits.uri-length") int maxUriLength, ObjectMapper json) {
        this.maxUriLength = maxUriLength;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(ctx -> {
            int length = ctx.request().uri().length();
            if (length > maxUriLength) {
                String path = ctx.request().path();
                Problem problem = ProblemType.URI_TOO_LONG.problem("The request URI is " + length
                        + " characters; this service accepts at most " + maxUriLength
                        + " (send long text in a POST body, e.g. POST /api/v1/check)",
                        path != null && path.length() <= MAX_INSTANCE_LENGTH ? path : null, null);
                RoutingProblems.endAndClose(ctx, problem, json);
                return;
            }
            ctx.next();
        });
    }
}
