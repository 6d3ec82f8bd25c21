package io.factcheck.knowledgesync;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The lease on fetching and applying a change set (table knowledge_sync_lease, one row): a run starts only while no
 * other holds it unexpired, whatever the number of instances. Taking it, finding a dead holder and inserting the run
 * happen in one transaction under the row's lock, so two instances that try at once are served one after the other,
 * and the second finds the lease taken (or the schedule's slot already run) and does nothing. The holder renews the
 * lease while it fetches, and gives it up in the transaction that applies its change set.
 */
@ApplicationScoped
public class SyncLease {

    static final String NAME = "knowledge-sync";

    /** How this instance signs the lease: host, process and a random part (two instances may share a host). */
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Pool pool;

    public SyncLease(Pool pool) {
        this.pool = pool;
    }

    /** What {@link #begin} did: started the run, found another running, or found the slot already run. */
    public record Start(UUID started, UUID busy) {

        static Start started(UUID id) {
            return new Start(id, null);
        }

        static Start busy(UUID id) {
            return new Start(null, id);
        }

        static Start slotTaken() {
            return new Start(null, null);
        }
    }

    /** Takes the lease and inserts the run (state RUNNING), unless the lease is held or the run's slot was run. */
    public Uni<Start> begin(KnowledgeSync run, Duration lease) {
        return pool.withTransaction(conn -> conn
                .preparedQuery("select sync_id, expires_at < now() as expired from knowledge_sync_lease "
                        + "where name = $1 for update")
                .execute(Tuple.of(NAME))
                .chain(rows -> {
                    Row row = rows.iterator().next();
                    UUID held = row.getUUID("sync_id");
                    if (held != null && !Boolean.TRUE.equals(row.getBoolean("expired"))) {
                        return Uni.createFrom().item(Start.busy(held));
                    }
                    return abandon(conn, held)
                            .chain(() -> slotFree(conn, run.slot))
                            .chain(free -> free ? insert(conn, run, lease).replaceWith(Start.started(run.id))
                                    : Uni.createFrom().item(Start.slotTaken()));
                }));
    }

    /** Extends the lease of a run that still holds it; false when it no longer does. */
    public Uni<Boolean> renew(UUID syncId, Duration lease) {
        return pool.preparedQuery("update knowledge_sync_lease set expires_at = now() + make_interval(secs => $3) "
                + "where name = $1 and sync_id = $2")
                .execute(Tuple.of(NAME, syncId, (double) lease.toMillis() / 1000))
                .chain(rows -> pool.preparedQuery("update knowledge_sync set heartbeat_at = now() where id = $1")
                        .execute(Tuple.of(syncId)).replaceWith(rows.rowCount() == 1));
    }

    /** Gives the lease up (after a failure; a successful run gives it up in its change set's transaction). */
    public Uni<Void> release(UUID syncId) {
        return pool.preparedQuery("update knowledge_sync_lease set sync_id = null, holder = null, expires_at = null "
                + "where name = $1 and sync_id = $2").execute(Tuple.of(NAME, syncId)).replaceWithVoid();
    }

    /** The SQL, for the change set's transaction, that keeps the lease (1 row) only if this run still holds it. */
    static String keepSql() {
        return "update knowledge_sync_lease set expires_at = now() + interval '1 minute' "
                + "where name = '" + NAME + "' and sync_id = :syncId";
    }

    /** The SQL, for the change set's transaction, that gives the lease up. */
    static String releaseSql() {
        return "update knowledge_sync_lease set sync_id = null, holder = null, expires_at = null "
                + "where name = '" + NAME + "' and sync_id = :syncId";
    }

    /**
     * A holder whose lease expired died (or stalled past its lease): its run, if still running, failed; a run whose
     * re-check stopped reporting long ago is closed too, saying how far it came.
     */
    private Uni<Void> abandon(SqlConnection conn, UUID held) {
        Uni<Void> dead = held == null ? Uni.createFrom().voidItem() : conn
                .preparedQuery("update knowledge_sync set state = 'FAILED', finished_at = now(), error = $2 "
                        + "where id = $1 and state = 'RUNNING'")
                .execute(Tuple.of(held, "abandoned: the instance running it stopped before it finished (its lease "
                        + "expired); nothing was changed"))
                .replaceWithVoid();
        return dead.chain(() -> conn.preparedQuery("update knowledge_sync set state = 'FAILED', finished_at = now(), "
                + "error = 're-check interrupted after ' || articles_rechecked || ' of ' || articles_to_recheck "
                + "|| ' articles: the instance running it stopped (the knowledge changes were applied)' "
                + "where state = 'RECHECKING' and heartbeat_at < now() - interval '10 minutes'")
                .execute().replaceWithVoid());
    }

    private static Uni<Boolean> slotFree(SqlConnection conn, String slot) {
        if (slot == null) {
            return Uni.createFrom().item(true);
        }
        return conn.preparedQuery("select 1 from knowledge_sync where slot = $1").execute(Tuple.of(slot))
                .map(rows -> rows.size() == 0);
    }

    private Uni<Void> insert(SqlConnection conn, KnowledgeSync run, Duration lease) {
        return conn.preparedQuery("insert into knowledge_sync (id, kind, trigger, slot, state, requested_by, endpoint, "
                + "as_of, created_at, heartbeat_at) values ($1, $2, $3, $4, 'RUNNING', $5, $6, $7, now(), now())")
                .execute(Tuple.from(new Object[] { run.id, run.kind.name(), run.trigger.name(), run.slot,
                        run.requestedBy, run.endpoint, run.asOf }))
                .chain(() -> conn.preparedQuery("update knowledge_sync_lease set sync_id = $2, holder = $3, "
                        + "expires_at = now() + make_interval(secs => $4) where name = $1")
                        .execute(Tuple.of(NAME, run.id, holder, (double) lease.toMillis() / 1000)))
                .replaceWithVoid();
    }
}
