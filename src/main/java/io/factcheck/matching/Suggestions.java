package io.factcheck.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.factcheck.article.Article;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimOrigin;
import io.factcheck.claim.ClaimReads;
import io.factcheck.claim.ClaimView;
import io.factcheck.claimevent.ClaimChangeListener;
import io.factcheck.claimevent.ClaimEventType;
import io.factcheck.claimevent.ClaimEvents;
import io.factcheck.common.Timestamps;
import io.factcheck.common.Uuids;
import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.factcheck.FactCheckRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Suggestions, never silent merges: each claim the checker adds when an article is created, revised or re-checked gets
 * its best matches (claims of other articles, external fact-checks) stored as suggestions, in the same transaction, and
 * a claim.matched event says so. Nothing is linked until an editor confirms one (POST /claims/{id}/links) or rejects it.
 */
@ApplicationScoped
public class Suggestions implements ClaimChangeListener {

    private static final Logger LOG = Logger.getLogger(Suggestions.class);

    private static final String OF_CLAIM = "select s.id as suggestion_id, s.claim_id as suggestion_claim_id, s.score, "
            + "s.why, s.status as suggestion_status, s.decided_by, s.decided_at, s.created_at as suggested_at, ";

    private final ClaimMatcher matcher;
    private final ClaimEvents events;
    private final ClaimReads claims;
    private final Pool pool;

    public Suggestions(ClaimMatcher matcher, ClaimEvents events, ClaimReads claims, Pool pool) {
        this.matcher = matcher;
        this.events = events;
        this.claims = claims;
        this.pool = pool;
    }

    @Override
    public Uni<Void> recorded(ClaimEventType type, List<Claim> changed) {
        if (type != ClaimEventType.CREATED) {
            return Uni.createFrom().voidItem();
        }
        List<Claim> fresh = changed.stream().filter(c -> c.origin == ClaimOrigin.CHECKER).toList();
        if (fresh.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Constant per article, whatever its number of claims: their articles' dates, one match of them all (a
        // statement for claims, one for fact-checks), one insert of every suggestion, one insert of their events.
        return articleDates(fresh.stream().map(c -> c.articleId).distinct().toList())
                .chain(dates -> matcher.suggestionsFor(fresh.stream()
                        .map(c -> new ClaimMatcher.NewClaim(ClaimView.of(c), dates.get(c.articleId))).toList()))
                .chain(found -> {
                    List<UUID> matched = new ArrayList<>();
                    for (int i = 0; i < fresh.size(); i++) {
                        if (!found.get(i).isEmpty()) {
                            matched.add(fresh.get(i).id);
                        }
                    }
                    return store(fresh, found).chain(() -> events.recordRows(ClaimEventType.MATCHED, matched))
                            .invoke(() -> {
                                if (!matched.isEmpty()) {
                                    LOG.infof("Suggestions stored for %d of %d new claims", matched.size(),
                                            fresh.size());
                                }
                            });
                });
    }

    /**
     * The articles' dates, as the transaction has them: the article just created or revised is in the session already,
     * so finding it runs no statement.
     */
    private Uni<Map<UUID, LocalDate>> articleDates(List<UUID> articleIds) {
        Map<UUID, LocalDate> dates = new HashMap<>();
        return Multi.createFrom().iterable(articleIds)
                .onItem().transformToUniAndConcatenate(id -> Panache.getSession()
                        .chain(session -> session.find(Article.class, id)))
                .invoke(article -> dates.put(article.id, article.publishedAt))
                .collect().last().replaceWith(dates);
    }

    /** Every claim's suggestions in one insert (claims.get(i) found found.get(i)). */
    private Uni<Void> store(List<Claim> claims, List<List<SimilarItem>> found) {
        List<UUID> from = new ArrayList<>();
        List<SimilarItem> items = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (SimilarItem item : found.get(i)) {
                from.add(claims.get(i).id);
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Timestamps.now();
        StringBuilder sql = new StringBuilder("insert into claim_suggestion (id, claim_id, target_claim_id, factcheck_id, "
                + "score, why, status, created_at) values ");
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :claim").append(i)
                    .append(", cast(:target").append(i).append(" as uuid), cast(:factcheck").append(i)
                    .append(" as uuid), :score").append(i).append(", :why").append(i).append(", 'PENDING', :now)");
        }
        sql.append(" on conflict do nothing");
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery(sql.toString());
            insert.setParameter("now", now);
            for (int i = 0; i < items.size(); i++) {
                SimilarItem item = items.get(i);
                insert.setParameter("id" + i, Uuids.v7());
                insert.setParameter("claim" + i, from.get(i));
                insert.setParameter("target" + i, item.claim() == null ? null : item.claim().id());
                insert.setParameter("factcheck" + i, item.factCheck() == null ? null : item.factCheck().id());
                insert.setParameter("score" + i, item.score());
                insert.setParameter("why" + i, item.why());
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    /** The claim's suggestions, best first; 404 when there is no such claim. */
    public Uni<ClaimSuggestions> of(UUID claimId) {
        String toClaims = OF_CLAIM + ClaimReads.COLUMNS + " from claim_suggestion s join claim c on c.id = s.target_claim_id"
                + " where s.claim_id = $1";
        String toFactChecks = OF_CLAIM + FactCheckRepository.COLUMNS + " from claim_suggestion s "
                + "join external_factcheck f on f.id = s.factcheck_id where s.claim_id = $1";
        return pool.preparedQuery("select 1 from claim where id = $1").execute(Tuple.of(claimId)).chain(exists -> {
            if (exists.size() == 0) {
                return Uni.createFrom().failure(new ResourceNotFoundException("claim", claimId));
            }
            return pool.preparedQuery(toClaims).execute(Tuple.of(claimId)).chain(claimRows -> pool
                    .preparedQuery(toFactChecks).execute(Tuple.of(claimId)).map(factCheckRows -> {
                        List<SuggestionView> items = new ArrayList<>();
                        for (Row row : claimRows) {
                            items.add(view(row, SimilarItem.CLAIM, claims.view(row), null));
                        }
                        for (Row row : factCheckRows) {
                            items.add(view(row, SimilarItem.FACT_CHECK, null, FactCheckRepository.view(row)));
                        }
                        items.sort(Comparator.comparingDouble(SuggestionView::score).reversed()
                                .thenComparing(SuggestionView::id));
                        return new ClaimSuggestions(claimId, items);
                    }));
        });
    }

    /** An editor turns a suggestion down; a confirmed one is undone by unlinking, not here (409). */
    @WithTransaction
    public Uni<Void> reject(UUID claimId, UUID suggestionId, String by) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select status from claim_suggestion where id = :id and claim_id = :claim", String.class)
                .setParameter("id", suggestionId).setParameter("claim", claimId).getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().failure(new ResourceNotFoundException("suggestion", suggestionId));
                    }
                    if ("CONFIRMED".equals(rows.get(0))) {
                        return Uni.createFrom().failure(new ConflictException("The suggestion was confirmed: the "
                                + "claims are linked; unlink them with DELETE /claims/" + claimId + "/links/{targetId}"));
                    }
                    return session.createNativeQuery("update claim_suggestion set status = 'REJECTED', decided_by = "
                            + ":by, decided_at = :now where id = :id")
                            .setParameter("by", by).setParameter("now", Timestamps.now())
                            .setParameter("id", suggestionId).executeUpdate().replaceWithVoid();
                }));
    }

    private static SuggestionView view(Row row, String kind, ClaimView claim, io.factcheck.factcheck.FactCheckView fc) {
        return new SuggestionView(row.getUUID("suggestion_id"), row.getUUID("suggestion_claim_id"), kind, claim, fc,
                row.getDouble("score"), row.getString("why"), row.getString("suggestion_status"),
                row.getString("decided_by"),
                row.getOffsetDateTime("decided_at") == null ? null : row.getOffsetDateTime("decided_at").toInstant(),
                row.getOffsetDateTime("suggested_at").toInstant());
    }
}
