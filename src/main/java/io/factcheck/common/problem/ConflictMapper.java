package io.factcheck.common.problem;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;

/** Explicit conflicts and lost optimistic-locking races both answer 409: the client re-reads and retries. */
public class ConflictMapper {

    private static final String CONCURRENT_UPDATE = "The resource was changed by another request; read it again and retry";

    @ServerExceptionMapper
    public RestResponse<Problem> map(ConflictException e, UriInfo uriInfo) {
        return ProblemType.CONFLICT.response(e.getMessage(), uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapOptimisticLock(OptimisticLockException e, UriInfo uriInfo) {
        return ProblemType.CONFLICT.response(CONCURRENT_UPDATE, uriInfo);
    }

    /** A unique constraint caught a race the service's own check could not see (two creates at once). */
    @ServerExceptionMapper
    public RestResponse<Problem> mapConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uriInfo) {
        String constraint = e.getConstraintName() == null ? "a unique constraint" : e.getConstraintName();
        return ProblemType.CONFLICT.response("The change conflicts with existing data (" + constraint + ")", uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapStaleState(StaleStateException e, UriInfo uriInfo) {
        return ProblemType.CONFLICT.response(CONCURRENT_UPDATE, uriInfo);
    }
}
