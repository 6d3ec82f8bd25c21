package io.factcheck.common.db;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.PreparedQuery;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * A small pool for reads made while the caller may hold a transaction of the datasource pool: the claim matching
 * that runs inside an article's write, and the knowledge snapshot a check needs. Through the datasource pool such a
 * read waits for a second connection while holding one, and as many concurrent writes as the pool has connections
 * then wait for each other until the acquire timeout (found by the benchmark's dataset load at 16 concurrent writes).
 * No transaction ever holds a connection of this pool, so its waits always end. Not pipelined: these are searches of
 * tens of milliseconds, which would hold up every statement queued behind them.
 */
@Singleton
public class SideReads {

    private final Pool reads;

    public SideReads(DatasourcePools pools, Pool datasource,
            @ConfigProperty(name = "claims.db.side-pool-size") int size) {
        this.reads = pools.sidePool(datasource, "claims-side-reads", size, false);
    }

    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return reads.preparedQuery(sql);
    }

    @PreDestroy
    void close() {
        reads.getDelegate().close();
    }
}
