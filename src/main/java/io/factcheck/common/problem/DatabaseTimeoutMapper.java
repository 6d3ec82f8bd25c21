package io.factcheck.common.problem;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * PostgreSQL cancelled a statement that ran past {@code statement_timeout} (SQLSTATE 57014, which Hibernate turns
 * into a QueryTimeoutException): 503 with Retry-After, since the same request may well succeed a little later.
 */
public class DatabaseTimeoutMapper {

    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public RestResponse<Problem> map(org.hibernate.QueryTimeoutException e, UriInfo uriInfo) {
        return unavailable(uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapJpa(jakarta.persistence.QueryTimeoutException e, UriInfo uriInfo) {
        return unavailable(uriInfo);
    }

    private static RestResponse<Problem> unavailable(UriInfo uriInfo) {
        return RestResponse.ResponseBuilder.fromResponse(ProblemType.SERVICE_UNAVAILABLE
                        .response("The database did not answer in time; retry later", uriInfo))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}
