package io.factcheck.common.security;

import java.util.UUID;

import io.factcheck.common.db.PipelinedReads;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One call at the entry of a read that builds its answer elsewhere (ClaimReview, matching): fails with 404 when the
 * caller may not see the article or claim. Free for the desk; one primary-key probe for the public.
 */
@ApplicationScoped
public class Visibility {

    private static final String PUBLIC_ARTICLE = "select 1 from article a where a.id = $1 and "
            + Audience.PUBLIC.articleCondition("a");
    private static final String PUBLIC_CLAIM = "select 1 from claim c where c.id = $1 and "
            + Audience.PUBLIC.claimCondition("c");

    private final ReadAccess access;
    private final PipelinedReads reads;

    public Visibility(ReadAccess access, PipelinedReads reads) {
        this.access = access;
        this.reads = reads;
    }

    /** The caller's audience, once it is known that it may see the article (else a 404). */
    public Uni<Audience> article(UUID id) {
        return check(PUBLIC_ARTICLE, "article", id);
    }

    /** The caller's audience, once it is known that it may see the claim (else a 404). */
    public Uni<Audience> claim(UUID id) {
        return check(PUBLIC_CLAIM, "claim", id);
    }

    private Uni<Audience> check(String sql, String kind, UUID id) {
        return access.audience().call(audience -> audience.seesAll() ? Uni.createFrom().voidItem()
                : reads.preparedQuery(sql).execute(Tuple.of(id)).invoke(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new ResourceNotFoundException(kind, id);
                    }
                }));
    }
}
