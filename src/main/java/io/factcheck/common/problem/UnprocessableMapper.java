package io.factcheck.common.problem;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.UriInfo;

public class UnprocessableMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(UnprocessableException e, UriInfo uriInfo) {
        return ProblemType.UNPROCESSABLE.response(e.getMessage(), uriInfo, e.errors());
    }
}
