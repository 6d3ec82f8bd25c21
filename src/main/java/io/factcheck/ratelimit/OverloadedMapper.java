package io.factcheck.ratelimit;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.factcheck.common.problem.Problem;
import io.factcheck.common.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** A bound was full: 503 problem+json with Retry-After, so the caller comes back later instead of waiting in a queue. */
public class OverloadedMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(OverloadedException e, UriInfo uriInfo) {
        return RestResponse.ResponseBuilder.fromResponse(ProblemType.SERVICE_UNAVAILABLE.response(e.getMessage(), uriInfo))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
