package io.factcheck.common.db;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Singleton;

/**
 * Creates the datasource's reactive pool exactly as Quarkus would (the same Vert.x, pool options and connect options,
 * round-robin over the configured hosts) and keeps what it was created from, so that {@link PipelinedReads} connects
 * with the same credentials, TLS settings and startup properties (statement_timeout) instead of parsing the
 * configuration a second time.
 */
@Singleton
public class DatasourcePools implements PgPoolCreator {

    private volatile Input input;

    @Override
    @SuppressWarnings("deprecation") // Quarkus casts the result to PgPool, which only PgPool.pool returns in Vert.x 4
    public Pool create(Input input) {
        this.input = input;
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), input.poolOptions());
    }

    /** What the datasource's pool was created from; null until Quarkus created it. */
    Input input() {
        return input;
    }
}
