package io.factcheck.common.problem;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.UriInfo;

public class PreconditionFailedMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(PreconditionFailedException e, UriInfo uriInfo) {
        return ProblemType.PRECONDITION_FAILED.response(e.getMessage(), uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapRequired(PreconditionRequiredException e, UriInfo uriInfo) {
        return ProblemType.PRECONDITION_REQUIRED.response(e.getMessage(), uriInfo);
    }
}
