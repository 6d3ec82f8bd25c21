package io.factcheck.claimevent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the claim_event log with each claim's current state resolved in the same query (one query per batch, however
 * many subscribers). A deleted claim, or one deleted since, is reported as the event row recorded it.
 */
@ApplicationScoped
public class ClaimEventLog {

    private static final String SELECT = """
            select e.id, e.type, e.claim_id, e.article_id,
                   case when c.id is null or e.type = 'claim.deleted' then e.verdict else c.verdict end as verdict,
                   case when c.id is null or e.type = 'claim.deleted' then e.confidence else c.confidence end as confidence,
                   case when c.id is null or e.type = 'claim.deleted' then e.status else c.status end as status,
                   case when c.id is null or e.type = 'claim.deleted' then e.version else c.version end as version
            from claim_event e left join claim c on c.id = e.claim_id
            """;

    private final Pool pool;

    public ClaimEventLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<ClaimEvent>> byIds(Collection<Long> ids) {
        return pool.preparedQuery(SELECT + " where e.id = any($1) order by e.id")
                .execute(Tuple.of(ids.toArray(Long[]::new))).map(ClaimEventLog::events);
    }

    /** Events after an id, oldest first; only one article's when articleId is given. */
    public Uni<List<ClaimEvent>> after(long id, UUID articleId) {
        return pool.preparedQuery(SELECT + " where e.id > $1 and ($2::uuid is null or e.article_id = $2) order by e.id")
                .execute(Tuple.of(id, articleId)).map(ClaimEventLog::events);
    }

    public Uni<Long> latestId() {
        return pool.query("select coalesce(max(id), 0) as id from claim_event").execute()
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    /** Keeps the log bounded: Last-Event-ID replays only what is younger than the retention. */
    public Uni<Integer> deleteOlderThan(Duration retention) {
        return pool.preparedQuery("delete from claim_event where created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds())).map(RowSet::rowCount);
    }

    private static List<ClaimEvent> events(RowSet<Row> rows) {
        List<ClaimEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String verdict = row.getString("verdict");
            events.add(new ClaimEvent(row.getLong("id"), ClaimEventType.ofEventName(row.getString("type")),
                    new ClaimEventData(row.getUUID("claim_id"), row.getUUID("article_id"),
                            verdict == null ? null : Verdict.valueOf(verdict), row.getDouble("confidence"),
                            ClaimStatus.valueOf(row.getString("status")), row.getLong("version"))));
        }
        return events;
    }
}
