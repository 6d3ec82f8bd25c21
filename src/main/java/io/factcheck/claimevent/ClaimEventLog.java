package io.factcheck.claimevent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;
import io.factcheck.common.security.Audience;
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

    /** The claim's status as the event reports it: recorded for a deletion (or a claim deleted since), else current. */
    private static final String STATUS = "case when c.id is null or e.type = 'claim.deleted' then e.status else c.status end";
    /**
     * Whether the public may receive the event, decided on the article's and claim's current state: a claim event of a
     * reviewed claim in a published article, an article.published of an article still published, and every
     * article.retracted (it concerns an article the public could read until then, and tells it to drop it).
     */
    private static final String PUBLIC = "(e.type = 'article.retracted' or coalesce(a.state = '"
            + Audience.PUBLIC_ARTICLE_STATE + "' and (e.claim_id is null or " + STATUS + " = '"
            + Audience.PUBLIC_CLAIM_STATUS + "'), false))";
    private static final String SELECT = """
            select e.id, e.type, e.claim_id, e.article_id,
                   case when c.id is null or e.type = 'claim.deleted' then e.verdict else c.verdict end as verdict,
                   case when c.id is null or e.type = 'claim.deleted' then e.confidence else c.confidence end as confidence,
                   %1$s as status,
                   case when c.id is null or e.type = 'claim.deleted' then e.version else c.version end as version,
                   %2$s as public
            from claim_event e left join claim c on c.id = e.claim_id left join article a on a.id = e.article_id
            """.formatted(STATUS, PUBLIC);

    private final Pool pool;

    public ClaimEventLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<ClaimEvent>> byIds(Collection<Long> ids) {
        return pool.preparedQuery(SELECT + " where e.id = any($1) order by e.id")
                .execute(Tuple.of(ids.toArray(Long[]::new))).map(ClaimEventLog::events);
    }

    /** Events after an id, oldest first; only one article's when articleId is given, only public ones when asked. */
    public Uni<List<ClaimEvent>> after(long id, UUID articleId, boolean publicOnly) {
        return pool.preparedQuery(SELECT + " where e.id > $1 and ($2::uuid is null or e.article_id = $2) and "
                + "($3::boolean is not true or " + PUBLIC + ") order by e.id")
                .execute(Tuple.of(id, articleId, publicOnly)).map(ClaimEventLog::events);
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
            ClaimEventType type = ClaimEventType.ofEventName(row.getString("type"));
            String verdict = row.getString("verdict");
            String status = row.getString("status");
            // An article's event records the article's state where a claim's records its status.
            boolean ofArticle = row.getUUID("claim_id") == null;
            events.add(new ClaimEvent(row.getLong("id"), type,
                    new ClaimEventData(row.getUUID("claim_id"), row.getUUID("article_id"),
                            verdict == null ? null : Verdict.valueOf(verdict), row.getDouble("confidence"),
                            ofArticle ? null : ClaimStatus.valueOf(status), row.getLong("version"),
                            ofArticle ? status : null),
                    row.getBoolean("public")));
        }
        return events;
    }
}
