package io.factcheck.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.factcheck.claimevent.ClaimEventType;
import io.factcheck.claimevent.ClaimEvents;
import io.factcheck.common.Timestamps;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Re-finds every claim of an article in its revised body; a claim whose quote is gone becomes ORPHANED, never lost. */
@ApplicationScoped
public class ClaimReanchoring {

    private static final Logger LOG = Logger.getLogger(ClaimReanchoring.class);

    private final ClaimRepository claims;
    private final ClaimEvents events;

    public ClaimReanchoring(ClaimRepository claims, ClaimEvents events) {
        this.claims = claims;
        this.events = events;
    }

    /** Runs inside the caller's transaction; managed claims are flushed with it. */
    public Uni<List<Claim>> reanchor(UUID articleId, String body) {
        return claims.listByArticle(articleId).chain(rows -> {
            List<Claim> moved = new ArrayList<>();
            List<Claim> orphaned = new ArrayList<>();
            for (Claim claim : rows) {
                Optional<Anchor> found = AnchorResolver.reanchor(body, claim.anchor);
                if (found.isPresent()) {
                    if (!found.get().equals(claim.anchor) || claim.status == ClaimStatus.ORPHANED) {
                        if (!found.get().exact().equals(claim.anchor.exact())) {
                            LOG.infof("Claim %s follows an edited quote in article %s: \"%s\" is now \"%s\"", claim.id,
                                    articleId, claim.anchor.exact(), found.get().exact());
                        }
                        claim.anchor = found.get();
                        claim.status = claim.anchoredStatus();
                        claim.updatedAt = Timestamps.now();
                        moved.add(claim);
                    }
                } else if (claim.status != ClaimStatus.ORPHANED) {
                    claim.status = ClaimStatus.ORPHANED;
                    claim.updatedAt = Timestamps.now();
                    orphaned.add(claim);
                    LOG.infof("Claim %s orphaned: \"%s\" is no longer in article %s", claim.id, claim.anchor.exact(),
                            articleId);
                }
            }
            return events.record(ClaimEventType.CHANGED, moved)
                    .chain(() -> events.record(ClaimEventType.ORPHANED, orphaned))
                    .replaceWith(rows);
        });
    }
}
