package io.factcheck.common.problem;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * 401 for a missing, unknown or revoked key (one answer for all three, so it never tells whether a key exists);
 * 403 for a valid key whose role does not allow the operation.
 */
public class SecurityMapper {

    static final String CHALLENGE = "Bearer realm=\"claims-api\"";
    private static final String NEEDS_KEY = "This operation needs a valid API key: send Authorization: Bearer <key>";

    @ServerExceptionMapper
    public RestResponse<Problem> mapAuthenticationFailed(AuthenticationFailedException e, UriInfo uriInfo) {
        return unauthorized(uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapUnauthorized(UnauthorizedException e, UriInfo uriInfo) {
        return unauthorized(uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapForbidden(ForbiddenException e, UriInfo uriInfo) {
        return ProblemType.FORBIDDEN.response("This API key's role does not allow this operation", uriInfo);
    }

    private static RestResponse<Problem> unauthorized(UriInfo uriInfo) {
        return RestResponse.ResponseBuilder.fromResponse(ProblemType.UNAUTHORIZED.response(NEEDS_KEY, uriInfo))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }
}
