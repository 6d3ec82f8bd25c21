package io.factcheck.common.problem;

import java.util.UUID;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.UriInfo;

/** The last resort: log the failure under a reference the client can quote; never send a stack trace. */
public class UnexpectedErrorMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    /**
     * Vert.x reports a pooled connection closed under a query as a bare Throwable ("Connection is not active now"),
     * which no typed mapper catches: the last resort still asks whether the database went away (503, not 500).
     */
    @ServerExceptionMapper
    public RestResponse<Problem> map(Throwable e, UriInfo uriInfo) {
        return DatabaseUnavailableMapper.outageOrUnexpected(e, uriInfo);
    }

    static RestResponse<Problem> unexpected(Throwable e, UriInfo uriInfo) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s (reference %s)", uriInfo.getRequestUri().getRawPath(), reference);
        return ProblemType.INTERNAL_ERROR.response("Unexpected error; quote reference " + reference, uriInfo);
    }
}
