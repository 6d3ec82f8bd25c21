package io.factcheck.support;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints (excluded from the OpenAPI document) that run statements the API itself never would. */
@Path("/test/database")
@Produces(MediaType.TEXT_PLAIN)
public class SlowQueryResource {

    /** The statement_timeout a connection from the pool has. */
    @GET
    @Path("/statement-timeout")
    public Uni<String> statementTimeout() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select current_setting('statement_timeout')", String.class).getSingleResult()));
    }

    /** A statement slower than this transaction's (lowered) statement_timeout. */
    @GET
    @Path("/slow")
    public Uni<String> slow() {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select set_config('statement_timeout', '100ms', true)", String.class)
                .getSingleResult()
                .chain(() -> session.createNativeQuery("select cast(pg_sleep(2) as text)", String.class)
                        .getSingleResult())));
    }
}
