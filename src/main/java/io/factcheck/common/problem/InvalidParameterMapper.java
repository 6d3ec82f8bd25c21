package io.factcheck.common.problem;

import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.UriInfo;

public class InvalidParameterMapper {

    @ServerExceptionMapper
    public RestResponse<Problem> map(InvalidParameterException e, UriInfo uriInfo) {
        return ProblemType.MALFORMED_REQUEST.response("Invalid parameter '" + e.parameter() + "': " + e.getMessage(),
                uriInfo, List.of(new Problem.FieldError(e.parameter(), e.getMessage())));
    }
}
