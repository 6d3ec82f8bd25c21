package io.factcheck.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.article.Article;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimOrigin;
import io.factcheck.claim.ClaimRepository;
import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.AnchorResolver;
import io.factcheck.claim.Verdict;
import io.factcheck.claimevent.ClaimEventType;
import io.factcheck.claimevent.ClaimEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stores what the checker finds in an article as CHECKER claims (PENDING until an editor reviews them). Re-checking
 * replaces only the checker's own unreviewed claims; claims an editor created or reviewed are never touched, and no
 * finding is stored on a span an existing claim already covers.
 */
@ApplicationScoped
public class ArticleChecking {

    private static final Logger LOG = Logger.getLogger(ArticleChecking.class);

    /** The order of ClaimRepository.listByArticle. */
    private static final Comparator<Claim> TEXT_ORDER = Comparator.<Claim>comparingInt(c -> c.anchor.start())
            .thenComparing(c -> c.id);

    private final CheckService checker;
    private final ClaimRepository claims;
    private final ObjectMapper json;
    private final ClaimEvents events;

    public ArticleChecking(CheckService checker, ClaimRepository claims, ObjectMapper json, ClaimEvents events) {
        this.checker = checker;
        this.claims = claims;
        this.json = json;
        this.events = events;
    }

    /** Deletes the checker's unreviewed claims of an article; run before re-anchoring what remains. */
    public Uni<Long> discardUnreviewed(UUID articleId) {
        String unreviewed = "articleId = ?1 and origin = ?2 and reviewedAt is null";
        return claims.list(unreviewed, articleId, ClaimOrigin.CHECKER)
                .call(doomed -> events.record(ClaimEventType.DELETED, doomed))
                .chain(() -> claims.delete(unreviewed, articleId, ClaimOrigin.CHECKER));
    }

    /**
     * Checks the article's body at its publication date and adds a claim for each finding that is not ACCURATE.
     * Emits all of the article's claims afterwards, in text order, so callers need not read them again.
     */
    public Uni<List<Claim>> addFindings(Article article) {
        return claims.listByArticle(article.id).chain(existing -> checker.check(article.body, article.publishedAt)
                .chain(annotations -> {
                    List<Claim> found = new ArrayList<>();
                    for (Annotation annotation : annotations) {
                        if (annotation.verdict() != Verdict.ACCURATE && !covered(annotation, existing, found)) {
                            found.add(toClaim(article, annotation));
                        }
                    }
                    List<Claim> all = new ArrayList<>(existing);
                    all.addAll(found);
                    all.sort(TEXT_ORDER);
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(all);
                    }
                    LOG.infof("Checker stored %d finding(s) in article %s", found.size(), article.id);
                    return claims.persist(found).chain(() -> events.record(ClaimEventType.CREATED, found)).replaceWith(all);
                }));
    }

    private static boolean covered(Annotation annotation, List<Claim> existing, List<Claim> found) {
        for (List<Claim> group : List.of(existing, found)) {
            for (Claim claim : group) {
                if (claim.status != ClaimStatus.ORPHANED && annotation.start() < claim.anchor.end()
                        && claim.anchor.start() < annotation.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Claim toClaim(Article article, Annotation annotation) {
        Claim claim = Claim.newIn(article, AnchorResolver.at(article.body, annotation.start(), annotation.end()),
                ClaimOrigin.CHECKER);
        claim.text = annotation.quote();
        claim.person = annotation.person() == null ? null : annotation.person().name();
        claim.verdict = annotation.verdict();
        claim.confidence = annotation.confidence();
        claim.annotation = json.valueToTree(annotation);
        return claim;
    }
}
