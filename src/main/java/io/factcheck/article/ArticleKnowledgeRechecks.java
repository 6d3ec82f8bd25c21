package io.factcheck.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.factcheck.check.Annotation;
import io.factcheck.check.CheckService;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimOrigin;
import io.factcheck.claim.ClaimRepository;
import io.factcheck.claim.ClaimStatus;
import io.factcheck.claimevent.ClaimEventType;
import io.factcheck.claimevent.ClaimEvents;
import io.factcheck.common.Timestamps;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.knowledge.OfficeRepository;
import io.factcheck.knowledgesync.ArticleRechecks;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The articles' side of a knowledge change (the sync calls it through {@link ArticleRechecks}, so that the knowledge
 * never imports articles). A re-check goes through {@link ArticleService#recheck}, the path of
 * POST /articles/{id}/recheck: the checker's unreviewed claims are replaced by its new findings, with their claim
 * events. When the findings came out the same, that transaction is rolled back, so an unchanged article sends no
 * events. Reviewed claims are never changed: when the checker's evidence at a reviewed claim differs from the
 * annotation it was reviewed with, the claim is flagged (evidenceChangedAt, evidenceAnnotation) with a claim.flagged
 * event.
 */
@ApplicationScoped
public class ArticleKnowledgeRechecks implements ArticleRechecks {

    private static final Logger LOG = Logger.getLogger(ArticleKnowledgeRechecks.class);
    private static final int PAGE = 200;

    private final ArticleService articles;
    private final ArticleRepository articleRows;
    private final ClaimRepository claims;
    private final OfficeRepository offices;
    private final CheckService checker;
    private final ClaimEvents events;
    private final ObjectMapper json;
    private final Pool pool;

    public ArticleKnowledgeRechecks(ArticleService articles, ArticleRepository articleRows, ClaimRepository claims,
            OfficeRepository offices, CheckService checker, ClaimEvents events, ObjectMapper json, Pool pool) {
        this.articles = articles;
        this.articleRows = articleRows;
        this.claims = claims;
        this.offices = offices;
        this.checker = checker;
        this.events = events;
        this.json = json;
        this.pool = pool;
    }

    @Override
    public Uni<List<UUID>> affectedBy(Collection<UUID> officeIds) {
        if (officeIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        TreeSet<UUID> affected = new TreeSet<>();
        String[] ids = officeIds.stream().map(UUID::toString).toArray(String[]::new);
        return pool.preparedQuery("select distinct article_id from claim where annotation -> 'office' ->> 'id' = any($1)")
                .execute(Tuple.of(ids))
                .invoke(rows -> rows.forEach(row -> affected.add(row.getUUID("article_id"))))
                .chain(() -> Panache.withSession(() -> offices.list("id in ?1", List.copyOf(officeIds))))
                .chain(rows -> scan(new OfficeMentions(rows), null, affected))
                .map(ignored -> List.copyOf(affected));
    }

    /** Every article's body, a page at a time in id order, against the offices' terms. */
    private Uni<Void> scan(OfficeMentions mentions, UUID after, TreeSet<UUID> affected) {
        return pool.preparedQuery("select id, body from article where ($1::uuid is null or id > $1) order by id limit "
                + PAGE).execute(Tuple.of(after)).chain(rows -> {
                    UUID last = null;
                    for (Row row : rows) {
                        last = row.getUUID("id");
                        if (mentions.mentionsAny(row.getString("body"))) {
                            affected.add(last);
                        }
                    }
                    return rows.size() < PAGE ? Uni.createFrom().voidItem() : scan(mentions, last, affected);
                });
    }

    @Override
    public Uni<Outcome> recheck(UUID articleId) {
        return Panache.withSession(() -> articleRows.findById(articleId)).chain(article -> {
            if (article == null) {
                return Uni.createFrom().item(Outcome.NONE);
            }
            return checker.check(article.body, article.publishedAt)
                    .chain(annotations -> replaceFindings(articleId)
                            .chain(changed -> flagReviewed(articleId, annotations)
                                    .map(flagged -> new Outcome(changed, flagged))));
        }).onFailure(ResourceNotFoundException.class).recoverWithItem(Outcome.NONE);
    }

    /** The article re-check path; rolled back (no claim churn, no events) when the findings are the same. */
    private Uni<Boolean> replaceFindings(UUID articleId) {
        return Panache.withTransaction(() -> unreviewedFindings(articleId).chain(before -> articles.recheck(articleId)
                .chain(revision -> {
                    List<List<Object>> after = fingerprints(revision.claims().stream()
                            .filter(c -> c.origin == ClaimOrigin.CHECKER && c.reviewedAt == null).toList());
                    if (after.equals(before)) {
                        return Panache.currentTransaction().invoke(Mutiny.Transaction::markForRollback)
                                .replaceWith(false);
                    }
                    LOG.infof("Article %s re-checked after a knowledge change: its checker findings changed", articleId);
                    return Uni.createFrom().item(true);
                })));
    }

    private Uni<List<List<Object>>> unreviewedFindings(UUID articleId) {
        return claims.list("articleId = ?1 and origin = ?2 and reviewedAt is null order by anchor.start, id", articleId,
                ClaimOrigin.CHECKER).map(this::fingerprints);
    }

    private List<List<Object>> fingerprints(List<Claim> rows) {
        List<List<Object>> prints = new ArrayList<>();
        for (Claim c : rows) {
            prints.add(java.util.Arrays.asList(c.anchor.start(), c.anchor.end(), c.status, c.verdict, c.confidence,
                    c.annotation));
        }
        prints.sort(java.util.Comparator.comparing((List<Object> p) -> (Integer) p.get(0))
                .thenComparing(p -> (Integer) p.get(1)).thenComparing(p -> String.valueOf(p.get(5))));
        return prints;
    }

    /** Flags the reviewed claims whose checker evidence is no longer what they were reviewed with. */
    private Uni<Integer> flagReviewed(UUID articleId, List<Annotation> annotations) {
        List<JsonNode> fresh = annotations.stream().map(a -> (JsonNode) json.valueToTree(a)).toList();
        return Panache.withTransaction(() -> claims.list("articleId = ?1 and reviewedAt is not null "
                + "and annotation is not null", articleId).chain(reviewed -> {
                    Instant now = Timestamps.now();
                    List<Claim> flagged = new ArrayList<>();
                    for (Claim claim : reviewed) {
                        if (claim.status == ClaimStatus.ORPHANED) {
                            continue;
                        }
                        JsonNode now_ = at(claim, fresh);
                        if (Objects.equals(evidence(now_), evidence(claim.annotation))) {
                            continue;
                        }
                        if (claim.evidenceChangedAt != null
                                && Objects.equals(evidence(now_), evidence(claim.evidenceAnnotation))) {
                            continue; // flagged for this evidence already
                        }
                        claim.evidenceChangedAt = now;
                        claim.evidenceAnnotation = now_;
                        claim.updatedAt = now;
                        flagged.add(claim);
                    }
                    if (flagged.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    LOG.infof("Article %s: %d reviewed claim(s) flagged, their checker evidence changed", articleId,
                            flagged.size());
                    return events.record(ClaimEventType.FLAGGED, flagged).replaceWith(flagged.size());
                }));
    }

    /** The checker's annotation for the claim's span now: the same span, else an overlapping one about the same office. */
    private static JsonNode at(Claim claim, List<JsonNode> fresh) {
        int start = claim.anchor.start();
        int end = claim.anchor.end();
        for (JsonNode a : fresh) {
            if (a.path("start").asInt() == start && a.path("end").asInt() == end) {
                return a;
            }
        }
        String office = claim.annotation.path("office").path("id").asText(null);
        for (JsonNode a : fresh) {
            if (a.path("start").asInt() < end && start < a.path("end").asInt() && office != null
                    && office.equals(a.path("office").path("id").asText(null))) {
                return a;
            }
        }
        return null;
    }

    /** What a finding rests on: its verdict, who and which office, and the tenures it used. */
    private JsonNode evidence(JsonNode annotation) {
        if (annotation == null || annotation.isNull()) {
            return null;
        }
        ObjectNode evidence = json.createObjectNode();
        evidence.set("verdict", annotation.path("verdict"));
        evidence.set("person", annotation.path("person").path("id"));
        evidence.set("office", annotation.path("office").path("id"));
        evidence.set("tenures", annotation.path("tenures"));
        return evidence;
    }
}
