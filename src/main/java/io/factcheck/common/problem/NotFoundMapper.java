package io.factcheck.common.problem;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.UriInfo;

public class NotFoundMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(ResourceNotFoundException e, UriInfo uriInfo) {
        return ProblemType.NOT_FOUND.response(e.getMessage(), uriInfo);
    }
}
