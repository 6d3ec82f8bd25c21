package io.factcheck.knowledgesync;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Re-checks the articles a run's changes affect, one at a time at a bounded rate (claims.knowledge.recheck.rate per
 * second), recording its progress on the run after every article: a re-check never crowds out requests, and
 * GET /knowledge/syncs/{id} shows how far it has come. An article that fails is counted and reported; the others go on.
 */
@ApplicationScoped
public class RecheckRunner {

    private static final Logger LOG = Logger.getLogger(RecheckRunner.class);

    private final ArticleRechecks articles;
    private final Pool pool;
    private final Duration interval;

    public RecheckRunner(ArticleRechecks articles, Pool pool, SyncSettings settings) {
        this.articles = articles;
        this.pool = pool;
        double rate = settings.recheck().rate();
        this.interval = rate > 0 ? Duration.ofNanos((long) (1_000_000_000L / rate)) : Duration.ZERO;
    }

    /** Re-checks what the offices affect, then marks the run SUCCEEDED. */
    public Uni<Void> run(BackgroundJobs.Job job, UUID syncId, List<UUID> officeIds) {
        return job.step(() -> articles.affectedBy(officeIds))
                .call(ids -> job.step(() -> pool.preparedQuery("update knowledge_sync set articles_to_recheck = $2, "
                        + "heartbeat_at = now() where id = $1").execute(Tuple.of(syncId, ids.size()))))
                .invoke(ids -> LOG.infof("Knowledge run %s: re-checking %d article(s) affected by %d office(s)", syncId,
                        ids.size(), officeIds.size()))
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> job.pause(interval)
                                .chain(() -> job.step(() -> articles.recheck(id)))
                                .map(outcome -> new Result(outcome, null))
                                .onFailure().recoverWithItem(failure -> failed(syncId, id, failure))
                                .call(outcome -> job.step(() -> progress(syncId, outcome))))
                        .collect().last())
                .chain(() -> job.step(() -> pool.preparedQuery("update knowledge_sync set state = 'SUCCEEDED', "
                        + "finished_at = now(), heartbeat_at = now() where id = $1 and state = 'RECHECKING'")
                        .execute(Tuple.of(syncId))))
                .invoke(() -> LOG.infof("Knowledge run %s: re-check done", syncId))
                .replaceWithVoid();
    }

    private Result failed(UUID syncId, UUID articleId, Throwable failure) {
        LOG.warnf(failure, "Knowledge run %s: re-check of article %s failed", syncId, articleId);
        return new Result(null, "article " + articleId + ": " + failure.getMessage());
    }

    private Uni<Void> progress(UUID syncId, Result result) {
        if (result.error() != null) {
            return pool.preparedQuery("update knowledge_sync set articles_rechecked = articles_rechecked + 1, "
                    + "recheck_errors = recheck_errors + 1, heartbeat_at = now(), report = case "
                    + "when jsonb_array_length(report -> 'errors') < " + KnowledgeSync.Report.MAX_ITEMS
                    + " then jsonb_set(report, '{errors}', (report -> 'errors') || to_jsonb($2::text)) else report end "
                    + "where id = $1").execute(Tuple.of(syncId, result.error())).replaceWithVoid();
        }
        ArticleRechecks.Outcome done = result.outcome();
        return pool.preparedQuery("update knowledge_sync set articles_rechecked = articles_rechecked + 1, "
                + "articles_changed = articles_changed + $2, claims_flagged = claims_flagged + $3, "
                + "heartbeat_at = now() where id = $1")
                .execute(Tuple.of(syncId, done.findingsChanged() ? 1 : 0, done.claimsFlagged())).replaceWithVoid();
    }

    /** One article's re-check: what it did, or why it failed. */
    private record Result(ArticleRechecks.Outcome outcome, String error) {
    }
}
