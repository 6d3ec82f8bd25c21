package io.factcheck.common.db;


import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.PreparedQuery;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * A second, pipelined pool for the hot point reads (a claim, an article, an article's claims, the gate): one
 * statement each, no transaction. Concurrent requests share its few connections, each carrying up to the pipelining
 * limit of statements in flight, so the statements of one event-loop turn leave in one write and their results come
 * back in one read, where the datasource pool pays a write and a read (and a PostgreSQL wake-up) per statement. A
 * pipelined pool cannot lend a connection for a transaction, so Hibernate Reactive and every write keep the datasource
 * pool; so does full-text search, whose tens of milliseconds would hold up every statement queued behind it.
 */
@Singleton
public class PipelinedReads {

    private static final Logger LOG = Logger.getLogger(PipelinedReads.class);

    private final Pool reads;

    public PipelinedReads(DatasourcePools pools, Pool datasource,
            @ConfigProperty(name = "claims.db.read-pool-size") int size) {
        this.reads = pools.sidePool(datasource, "claims-reads", size, true);
        LOG.debugf("Pipelined read pool: %d connections", size);
    }

    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return reads.preparedQuery(sql);
    }

    @PreDestroy
    void close() {
        reads.getDelegate().close();
    }
}
