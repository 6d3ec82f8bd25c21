package io.factcheck.common.db;

import java.util.List;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.pgclient.impl.PgPoolOptions;
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

    /**
     * Another pool on the datasource's database, for reads that must never wait for a connection a transaction holds:
     * not shared, and named for its metrics (under the datasource's name its gauges would collide with the
     * datasource pool's). The datasource pool bean is created on first use; its creation hands over the options.
     */
    io.vertx.mutiny.sqlclient.Pool sidePool(io.vertx.mutiny.sqlclient.Pool datasource, String name, int size,
            boolean pipelined) {
        datasource.getDelegate();
        Input created = input;
        if (created == null) {
            throw new IllegalStateException("the datasource pool was not created by DatasourcePools");
        }
        PgPoolOptions options = new PgPoolOptions(created.poolOptions()).setPipelined(pipelined);
        options.setMaxSize(size).setShared(false).setName(name);
        List<PgConnectOptions> connect = created.pgConnectOptionsList().stream()
                .map(o -> new PgConnectOptions(o).setMetricsName(name)).toList();
        return io.vertx.mutiny.sqlclient.Pool.newInstance(PgPool.pool(created.vertx(), connect, options));
    }
}
