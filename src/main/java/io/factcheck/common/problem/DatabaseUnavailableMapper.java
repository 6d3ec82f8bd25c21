package io.factcheck.common.problem;

import java.io.IOException;
import java.net.SocketException;

import org.hibernate.HibernateException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * The database could not serve the request (too slow, or not reachable at all): 503 with Retry-After, since the same
 * request may well succeed a little later; readiness reports DOWN meanwhile. Failures that merely pass through the
 * same exception types for other reasons stay 500s.
 */
public class DatabaseUnavailableMapper {

    static final String RETRY_AFTER_SECONDS = "5";

    /** PostgreSQL cancelled a statement that ran past {@code statement_timeout} (SQLSTATE 57014). */
    @ServerExceptionMapper
    public RestResponse<Problem> map(org.hibernate.QueryTimeoutException e, UriInfo uriInfo) {
        return unavailable("The database did not answer in time; retry later", uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapJpa(jakarta.persistence.QueryTimeoutException e, UriInfo uriInfo) {
        return unavailable("The database did not answer in time; retry later", uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapSocket(SocketException e, UriInfo uriInfo) {
        return outageOrUnexpected(e, uriInfo);
    }

    /** The pipelined read pool writing to a connection the server has closed ("Broken pipe"). */
    @ServerExceptionMapper
    public RestResponse<Problem> mapIo(IOException e, UriInfo uriInfo) {
        return outageOrUnexpected(e, uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapClosed(ClosedConnectionException e, UriInfo uriInfo) {
        return outageOrUnexpected(e, uriInfo);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapPg(PgException e, UriInfo uriInfo) {
        return outageOrUnexpected(e, uriInfo);
    }

    /** Hibernate Reactive wraps a connection lost mid-query. */
    @ServerExceptionMapper
    public RestResponse<Problem> mapHibernate(HibernateException e, UriInfo uriInfo) {
        return outageOrUnexpected(e, uriInfo);
    }

    /** A failed query and the failed rollback after it. */
    @ServerExceptionMapper
    public RestResponse<Problem> mapComposite(CompositeException e, UriInfo uriInfo) {
        return outageOrUnexpected(e, uriInfo);
    }

    static RestResponse<Problem> outageOrUnexpected(Throwable e, UriInfo uriInfo) {
        if (DatabaseOutage.causedBy(e)) {
            DatabaseOutage.log(uriInfo, e);
            return unavailable("The database is not reachable; retry later", uriInfo);
        }
        return UnexpectedErrorMapper.unexpected(e, uriInfo);
    }

    private static RestResponse<Problem> unavailable(String detail, UriInfo uriInfo) {
        return RestResponse.ResponseBuilder.fromResponse(ProblemType.SERVICE_UNAVAILABLE.response(detail, uriInfo))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }
}
