package io.factcheck.article;

import java.util.List;
import java.util.UUID;

import io.factcheck.claim.ClaimReads;
import io.factcheck.claim.ClaimView;
import io.factcheck.common.PublishedAt;
import io.factcheck.common.db.PipelinedReads;
import io.factcheck.common.security.Audience;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One article as clients see it, straight on the pipelined read pool, with its claims from {@link ClaimReads}: the hot
 * read of a newsroom page (for why not a Hibernate session, see ClaimReads). Writes go through the {@link Article}.
 */
@ApplicationScoped
public class ArticleReads {

    private static final String BY_ID = "select id, url, title, publisher, author, language, published_at, published_instant, "
            + "published_offset_seconds, "
            + "published_at_approximate, body, content_hash, version, created_at, updated_at, state, state_changed_at "
            + "from article where id = $1";
    private static final String BY_ID_PUBLIC = BY_ID + " and " + Audience.PUBLIC.articleCondition("article");

    private final PipelinedReads pool;
    private final ClaimReads claims;

    public ArticleReads(PipelinedReads pool, ClaimReads claims) {
        this.pool = pool;
        this.claims = claims;
    }

    /** The article (with its claims in text order when asked), or null when there is none the audience may see. */
    public Uni<ArticleView> byId(UUID id, boolean withClaims, Audience audience) {
        return pool.preparedQuery(audience.seesAll() ? BY_ID : BY_ID_PUBLIC).execute(Tuple.of(id)).chain(rows -> {
            if (!rows.iterator().hasNext()) {
                return Uni.createFrom().nullItem();
            }
            Row row = rows.iterator().next();
            return withClaims ? claims.ofArticle(id, audience).map(list -> view(row, list))
                    : Uni.createFrom().item(view(row, null));
        });
    }

    private static java.time.Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static ArticleView view(Row row, List<ClaimView> claims) {
        return new ArticleView(row.getUUID("id"), row.getString("url"), row.getString("title"),
                row.getString("publisher"), row.getString("author"), row.getString("language"),
                PublishedAt.of(row.getLocalDate("published_at"), instant(row.getOffsetDateTime("published_instant")),
                        row.getInteger("published_offset_seconds")),
                row.getBoolean("published_at_approximate"), row.getString("body"), row.getString("content_hash"),
                row.getLong("version"), row.getOffsetDateTime("created_at").toInstant(),
                row.getOffsetDateTime("updated_at").toInstant(), ArticleState.valueOf(row.getString("state")),
                instant(row.getOffsetDateTime("state_changed_at")), claims);
    }
}
