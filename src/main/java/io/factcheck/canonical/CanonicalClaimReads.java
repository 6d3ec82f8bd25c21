package io.factcheck.canonical;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.claim.Anchor;
import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.ClaimView;
import io.factcheck.claim.Verdict;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.security.Audience;
import io.factcheck.review.Evidence;
import io.factcheck.review.ReviewView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Canonical claims and links as clients see them, straight on the reactive SQL pool. */
@ApplicationScoped
public class CanonicalClaimReads {

    private static final String APPEARANCES = "select c.canonical_claim_id, c.id, c.article_id, c.text, c.anchor_start, "
            + "c.anchor_end, c.anchor_exact, c.anchor_prefix, c.anchor_suffix, c.status, c.verdict, c.confidence, "
            + "c.verdict_review_id, c.verdict_claim_id, a.title, a.url, a.publisher, a.published_at "
            + "from claim c join article a on a.id = c.article_id where c.canonical_claim_id = any($1)"
            + CanonicalClaims.EARLIEST_FIRST;
    /** A ClaimReview lists the stories a reader can open: published ones, whoever asks for the export. */
    private static final String PUBLISHED_APPEARANCES = APPEARANCES.replace(" where ",
            " where " + Audience.PUBLIC.articleCondition("a") + " and ");
    private static final String REVIEWS = "select r.id, r.claim_id, r.verdict, r.confidence, r.summary, r.correction, "
            + "r.evidence::text as evidence, r.reviewer, r.reviewed_by, r.published_url, r.created_at from review r "
            + "join claim c on c.id = r.claim_id where c.canonical_claim_id = $1 order by r.created_at desc, r.id desc "
            + "limit 100";

    private final Pool pool;
    private final ObjectMapper json;

    public CanonicalClaimReads(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** The canonical claim with its appearances and reviews; 404 when it does not exist (or has no appearance left). */
    public Uni<CanonicalClaimView> view(UUID id) {
        return pool.preparedQuery("select created_at, updated_at from canonical_claim where id = $1")
                .execute(Tuple.of(id)).chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().failure(new ResourceNotFoundException("canonical claim", id));
                    }
                    Row canonical = rows.iterator().next();
                    return pool.preparedQuery(APPEARANCES).execute(Tuple.of(new UUID[] { id }))
                            .chain(appearances -> pool.preparedQuery(REVIEWS).execute(Tuple.of(id))
                                    .map(reviews -> view(id, canonical, appearances, reviews)));
                });
    }

    private CanonicalClaimView view(UUID id, Row canonical, Iterable<Row> appearanceRows, Iterable<Row> reviewRows) {
        List<AppearanceView> appearances = new ArrayList<>();
        Row first = null;
        for (Row row : appearanceRows) {
            if (first == null) {
                first = row;
            }
            appearances.add(appearance(row));
        }
        if (first == null) {
            throw new ResourceNotFoundException("canonical claim", id);
        }
        List<ReviewView> reviews = new ArrayList<>();
        for (Row row : reviewRows) {
            reviews.add(review(row));
        }
        String verdict = first.getString("verdict");
        ClaimView.VerdictSource source = ClaimView.VerdictSource.of(first.getUUID("verdict_review_id"),
                first.getUUID("verdict_claim_id"));
        return new CanonicalClaimView(id, first.getString("text"),
                source == null || verdict == null ? null : Verdict.valueOf(verdict),
                source == null ? null : first.getDouble("confidence"), source, appearances.get(0), appearances, reviews,
                canonical.getOffsetDateTime("created_at").toInstant(),
                canonical.getOffsetDateTime("updated_at").toInstant());
    }

    /** The published appearances of each canonical claim, earliest first (for ClaimReview JSON-LD). */
    public Uni<Map<UUID, List<AppearanceView>>> appearances(Collection<UUID> canonicalIds) {
        if (canonicalIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(PUBLISHED_APPEARANCES).execute(Tuple.of(canonicalIds.toArray(UUID[]::new)))
                .map(rows -> {
            Map<UUID, List<AppearanceView>> byCanonical = new LinkedHashMap<>();
            for (Row row : rows) {
                byCanonical.computeIfAbsent(row.getUUID("canonical_claim_id"), k -> new ArrayList<>())
                        .add(appearance(row));
            }
            return byCanonical;
        });
    }

    /** The claim's links: the other appearances of its canonical claim, and RELATED claims either way. */
    public Uni<ClaimLinks> links(UUID claimId) {
        return pool.preparedQuery("select canonical_claim_id from claim where id = $1").execute(Tuple.of(claimId))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().failure(new ResourceNotFoundException("claim", claimId));
                    }
                    UUID canonical = rows.iterator().next().getUUID("canonical_claim_id");
                    return pool.preparedQuery("select c.id as target_id, c.article_id, 'SAME_CLAIM' as relation, "
                            + "null::text as linked_by, null::timestamptz as created_at from claim c "
                            + "where $2::uuid is not null and c.canonical_claim_id = $2 and c.id <> $1 "
                            + "union all select c.id, c.article_id, l.relation, l.linked_by, l.created_at from claim_link l "
                            + "join claim c on c.id = case when l.claim_id = $1 then l.target_id else l.claim_id end "
                            + "where l.claim_id = $1 or l.target_id = $1 order by relation desc, target_id")
                            .execute(Tuple.of(claimId, canonical)).map(links -> {
                                List<ClaimLinks.Link> items = new ArrayList<>();
                                for (Row row : links) {
                                    items.add(new ClaimLinks.Link(row.getUUID("target_id"),
                                            LinkRelation.valueOf(row.getString("relation")), row.getUUID("article_id"),
                                            row.getString("linked_by"),
                                            row.getOffsetDateTime("created_at") == null ? null
                                                    : row.getOffsetDateTime("created_at").toInstant()));
                                }
                                return new ClaimLinks(claimId, canonical, items);
                            });
                });
    }

    private static AppearanceView appearance(Row row) {
        return new AppearanceView(row.getUUID("id"), row.getUUID("article_id"), row.getString("title"),
                row.getString("url"), row.getString("publisher"), row.getLocalDate("published_at"),
                row.getString("text"), new Anchor(row.getInteger("anchor_start"), row.getInteger("anchor_end"),
                        row.getString("anchor_exact"), row.getString("anchor_prefix"), row.getString("anchor_suffix")),
                ClaimStatus.valueOf(row.getString("status")));
    }

    private ReviewView review(Row row) {
        List<Evidence> evidence = new ArrayList<>();
        try {
            JsonNode items = json.readTree(row.getString("evidence")).path("items");
            for (JsonNode item : items) {
                evidence.add(json.treeToValue(item, Evidence.class));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("review evidence is not JSON", e);
        }
        return new ReviewView(row.getUUID("id"), row.getUUID("claim_id"), Verdict.valueOf(row.getString("verdict")),
                row.getDouble("confidence"), row.getString("summary"), row.getString("correction"), evidence,
                row.getString("reviewer"), row.getString("reviewed_by"), row.getString("published_url"),
                row.getOffsetDateTime("created_at").toInstant());
    }
}
