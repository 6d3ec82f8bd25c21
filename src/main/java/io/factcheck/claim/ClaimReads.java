package io.factcheck.claim;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.common.PublishedAt;
import io.factcheck.common.db.PipelinedReads;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.security.Audience;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The hot reads of claims (one claim, an article's claims, search) as {@link ClaimView}s, straight on the reactive SQL
 * pools. Hibernate Reactive would hold a pooled connection for the whole request and build managed entities first;
 * these send a single statement and build the view from the row, which roughly doubles what one instance serves
 * (README, Performance). Point reads go through the pipelined pool, search through the datasource pool (see
 * {@link PipelinedReads}). Every write still goes through the {@link Claim} entity.
 */
@ApplicationScoped
public class ClaimReads {

    /**
     * The claim's columns as the view needs them, in this order and with no other column named {@code id} before
     * them ({@link #view} reads them by position); the annotation as text, parsed once into the view's JsonNode.
     */
    public static final String COLUMNS = "c.id, c.article_id, c.text, c.anchor_start, c.anchor_end, c.anchor_exact, "
            + "c.anchor_prefix, c.anchor_suffix, c.claimant, c.person, c.origin, c.status, c.verdict, c.confidence, "
            + "c.annotation::text as annotation, c.reviewed_at, c.evidence_changed_at, "
            + "c.evidence_annotation::text as evidence_annotation, c.version, c.created_at, c.updated_at, "
            + "c.canonical_claim_id, c.verdict_review_id, c.verdict_claim_id";
    private static final String BY_ID = "select " + COLUMNS + " from claim c where c.id = $1";
    private static final String BY_ID_PUBLIC = BY_ID + " and " + Audience.PUBLIC.claimCondition("c");
    private static final String OF_ARTICLE = "select " + COLUMNS
            + " from claim c where c.article_id = $1 order by c.anchor_start, c.id";
    /** The caller has already found the article public: only the claim's own status is left to check. */
    private static final String OF_PUBLIC_ARTICLE = "select " + COLUMNS + " from claim c where c.article_id = $1 and "
            + "c.status = '" + Audience.PUBLIC_CLAIM_STATUS + "' order by c.anchor_start, c.id";

    private final PipelinedReads reads;
    private final Pool pool;
    private final ObjectMapper json;

    public ClaimReads(PipelinedReads reads, Pool pool, ObjectMapper json) {
        this.reads = reads;
        this.pool = pool;
        this.json = json;
    }

    /** The claim, or null when there is none that the audience may see. */
    public Uni<ClaimView> byId(UUID id, Audience audience) {
        return reads.preparedQuery(audience.seesAll() ? BY_ID : BY_ID_PUBLIC).execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? view(rows.iterator().next()) : null);
    }

    /**
     * The article's claims in text order that the audience may see (none for an unknown article: the caller tells the
     * two apart, and has checked that the audience may see the article).
     */
    public Uni<List<ClaimView>> ofArticle(UUID articleId, Audience audience) {
        return reads.preparedQuery(audience.seesAll() ? OF_ARTICLE : OF_PUBLIC_ARTICLE).execute(Tuple.of(articleId)).map(this::views);
    }

    /**
     * Full-text and filtered search, newest first, keyset-paged (limit + 1 rows), in one statement. The full-text
     * match ({@code @@} on the GIN-indexed tsvector, PostgreSQL's websearch syntax) has no HQL form anyway.
     */
    public Uni<List<ClaimView>> search(ClaimQuery query, PageRequest page, Audience audience) {
        List<String> where = new ArrayList<>();
        if (!audience.seesAll()) {
            where.add(audience.claimCondition("c"));
        }
        List<Object> args = new ArrayList<>();
        boolean joinArticle = false;
        if (query.q() != null && !query.q().isBlank()) {
            where.add("c.search @@ websearch_to_tsquery('english', $" + arg(args, query.q()) + ")");
        }
        if (!query.verdicts().isEmpty()) {
            where.add("c.verdict = any($" + arg(args, query.verdicts().stream().map(Enum::name).toArray(String[]::new))
                    + ")");
        }
        if (!query.statuses().isEmpty()) {
            where.add("c.status = any($" + arg(args, query.statuses().stream().map(Enum::name).toArray(String[]::new))
                    + ")");
        }
        if (query.articleId() != null) {
            where.add("c.article_id = $" + arg(args, query.articleId()));
        }
        if (query.person() != null && !query.person().isBlank()) {
            where.add("lower(c.person) = lower($" + arg(args, query.person().trim()) + ")");
        }
        if (query.minConfidence() != null) {
            where.add("c.confidence >= $" + arg(args, query.minConfidence()));
        }
        if (query.publisher() != null && !query.publisher().isBlank()) {
            joinArticle = true;
            where.add("lower(a.publisher) = lower($" + arg(args, query.publisher().trim()) + ")");
        }
        if (query.since() != null) {
            joinArticle = true;
            where.add(publishedBound(query.since(), ">=", args));
        }
        if (query.until() != null) {
            joinArticle = true;
            where.add(publishedBound(query.until(), "<=", args));
        }
        if (page.hasCursor()) {
            OffsetDateTime after = page.afterCreatedAt().atOffset(ZoneOffset.UTC);
            where.add("(c.created_at, c.id) < ($" + arg(args, after) + ", $" + arg(args, page.afterId()) + ")");
        }
        String sql = "select " + COLUMNS + " from claim c" + (joinArticle ? " join article a on a.id = c.article_id" : "")
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.created_at desc, c.id desc limit " + (page.limit() + 1);
        return pool.preparedQuery(sql).execute(Tuple.from(args)).map(this::views);
    }

    /** Adds a positional argument; its number. */
    /** A date bound compares the publication's local date; a date-time bound the moment of publication. */
    private static String publishedBound(PublishedAt bound, String operator, List<Object> args) {
        return bound.hasTime()
                ? "a.published_instant " + operator + " $" + arg(args, bound.instant().atOffset(ZoneOffset.UTC))
                : "a.published_at " + operator + " $" + arg(args, bound.localDate());
    }

    private static int arg(List<Object> args, Object value) {
        args.add(value);
        return args.size();
    }

    private List<ClaimView> views(RowSet<Row> rows) {
        List<ClaimView> views = new ArrayList<>(rows.size());
        for (Row row : rows) {
            views.add(view(row));
        }
        return views;
    }

    /**
     * The view of a row that selected {@link #COLUMNS} (other features read claims with their own extra columns). The
     * columns are read by position from the first one named {@code id}: a lookup by name scans the row's column names,
     * and 24 of them per claim were a tenth of a search's CPU.
     */
    public ClaimView view(Row row) {
        int at = row.getColumnIndex("id");
        Anchor anchor = new Anchor(row.getInteger(at + 3), row.getInteger(at + 4), row.getString(at + 5),
                row.getString(at + 6), row.getString(at + 7));
        String verdict = row.getString(at + 12);
        OffsetDateTime reviewedAt = row.getOffsetDateTime(at + 15);
        OffsetDateTime evidenceChangedAt = row.getOffsetDateTime(at + 16);
        return new ClaimView(row.getUUID(at), row.getUUID(at + 1), row.getString(at + 2), anchor,
                row.getString(at + 8), row.getString(at + 9), ClaimOrigin.valueOf(row.getString(at + 10)),
                ClaimStatus.valueOf(row.getString(at + 11)), verdict == null ? null : Verdict.valueOf(verdict),
                row.getDouble(at + 13), annotation(row.getString(at + 14)),
                reviewedAt == null ? null : reviewedAt.toInstant(),
                ClaimView.EvidenceChanged.of(evidenceChangedAt == null ? null : evidenceChangedAt.toInstant(),
                        annotation(row.getString(at + 17))),
                row.getLong(at + 18),
                row.getOffsetDateTime(at + 19).toInstant(), row.getOffsetDateTime(at + 20).toInstant(),
                row.getUUID(at + 21),
                ClaimView.VerdictSource.of(row.getUUID(at + 22), row.getUUID(at + 23)));
    }

    private JsonNode annotation(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim annotation is not JSON", e);
        }
    }
}
