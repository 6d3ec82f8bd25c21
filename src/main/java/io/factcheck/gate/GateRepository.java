package io.factcheck.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;
import io.factcheck.common.db.PipelinedReads;
import io.factcheck.common.security.Audience;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gate's one query, on the pipelined read pool (CI polls it constantly; see ClaimReads for why not a session): the
 * article left-joined to its claims, in text order, so that one statement tells an unknown article (no row) from one
 * without claims (one row of nulls). Only the gate's columns are read, never bodies or annotations.
 */
@ApplicationScoped
public class GateRepository {

    private static final String CLAIMS_OF_ARTICLE = "select c.id, c.version, c.verdict, c.confidence, c.status, "
            + "c.anchor_exact, c.anchor_start, c.anchor_end from article a left join claim c on c.article_id = a.id "
            + "where a.id = $1 order by c.anchor_start, c.id";
    /** The public's gate: a published article, judged on its reviewed claims only (the join keeps the article row). */
    private static final String CLAIMS_OF_PUBLIC_ARTICLE = "select c.id, c.version, c.verdict, c.confidence, c.status, "
            + "c.anchor_exact, c.anchor_start, c.anchor_end from article a left join claim c on c.article_id = a.id "
            + "and c.status = '" + Audience.PUBLIC_CLAIM_STATUS + "' where a.id = $1 and "
            + Audience.PUBLIC.articleCondition("a") + " order by c.anchor_start, c.id";

    private final PipelinedReads pool;

    public GateRepository(PipelinedReads pool) {
        this.pool = pool;
    }

    /** The article's claims in text order that the audience may see; empty when it may not see such an article. */
    public Uni<Optional<List<GateClaim>>> claimsOf(UUID articleId, Audience audience) {
        return pool.preparedQuery(audience.seesAll() ? CLAIMS_OF_ARTICLE : CLAIMS_OF_PUBLIC_ARTICLE).execute(Tuple.of(articleId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            List<GateClaim> claims = new ArrayList<>(rows.size());
            for (Row row : rows) {
                if (row.getUUID("id") != null) {
                    claims.add(claim(row));
                }
            }
            return Optional.of(claims);
        });
    }

    private static GateClaim claim(Row row) {
        String verdict = row.getString("verdict");
        return new GateClaim(row.getUUID("id"), row.getLong("version"), verdict == null ? null : Verdict.valueOf(verdict),
                row.getDouble("confidence"), ClaimStatus.valueOf(row.getString("status")), row.getString("anchor_exact"),
                row.getInteger("anchor_start"), row.getInteger("anchor_end"));
    }
}
