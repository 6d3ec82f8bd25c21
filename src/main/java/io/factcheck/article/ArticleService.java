package io.factcheck.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.factcheck.check.ArticleChecking;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimReanchoring;
import io.factcheck.claim.ClaimRepository;
import io.factcheck.claim.ClaimView;
import io.factcheck.claimevent.ClaimEventType;
import io.factcheck.claimevent.ClaimEvents;
import io.factcheck.common.PublishedAt;
import io.factcheck.common.Timestamps;
import io.factcheck.common.http.IfMatch;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.problem.UnprocessableException;
import io.factcheck.common.security.Audience;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final ArticleReads reads;
    private final ClaimReanchoring reanchoring;
    private final ArticleChecking checking;
    private final ClaimEvents events;

    public ArticleService(ArticleRepository articles, ClaimRepository claims, ArticleReads reads, ClaimReanchoring reanchoring,
            ArticleChecking checking, ClaimEvents events) {
        this.articles = articles;
        this.claims = claims;
        this.reads = reads;
        this.reanchoring = reanchoring;
        this.checking = checking;
        this.events = events;
    }

    @WithSession
    public Uni<Article> get(UUID id) {
        return articles.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException("article", id));
    }

    /** The article as clients see it, with its claims when asked (read without a session: see ArticleReads). */
    public Uni<ArticleView> view(UUID id, boolean withClaims, Audience audience) {
        return reads.byId(id, withClaims, audience).onItem().ifNull().failWith(() -> new ResourceNotFoundException("article", id));
    }

    @WithSession
    public Uni<Page<ArticleSummary>> list(String publisher, PublishedAt since, PublishedAt until, PageRequest page,
            Audience audience) {
        return articles.list(publisher, since, until, page, audience)
                .map(rows -> page.page(rows, a -> a.createdAt, a -> a.id, ArticleSummary::of));
    }

    /** Creates the article and stores what the checker finds in it as CHECKER claims, in one transaction. */
    @WithTransaction
    public Uni<Revision> create(ArticleRequest request) {
        return insert(request).chain(article -> checking.addFindings(article)
                .map(list -> new Revision(article, list, true)));
    }

    /** Creates the article without checking it (the seed loader adds its editor claims first, then checks). */
    @WithTransaction
    public Uni<Article> insert(ArticleRequest request) {
        if (request.state() == ArticleState.RETRACTED) {
            throw new UnprocessableException("state", "a new article is DRAFT or PUBLISHED; only a published one can "
                    + "be retracted");
        }
        return rejectTakenUrl(request.url(), null).chain(() -> {
            Instant now = Timestamps.now();
            Article article = new Article();
            apply(article, request);
            article.state = request.state() == null ? ArticleState.DRAFT : request.state();
            article.stateChangedAt = article.state == ArticleState.PUBLISHED ? now : null;
            article.createdAt = now;
            article.updatedAt = now;
            return articles.persist(article);
        }).call(a -> a.state == ArticleState.PUBLISHED ? events.recordArticle(ClaimEventType.ARTICLE_PUBLISHED, a.id)
                : Uni.createFrom().voidItem())
                .invoke(a -> LOG.infof("Article %s created: \"%s\" (%d characters, %s)", a.id, a.title, a.body.length(),
                        a.state));
    }

    /**
     * Replaces the article. The checker's unreviewed claims are dropped, the other claims re-anchored in the new body
     * (orphaned where their quote is gone), and the checker runs again on the new text and date.
     */
    @WithTransaction
    public Uni<Revision> update(UUID id, ArticleRequest request) {
        return get(id).call(article -> rejectTakenUrl(request.url(), id)).chain(article -> {
            if (request.state() != null && request.state() != article.state) {
                throw new ConflictException("The article is " + article.state + "; PUT keeps the state: change it with "
                        + "POST /articles/" + id + (request.state() == ArticleState.RETRACTED ? "/retract" : "/publish"));
            }
            boolean bodyChanged = !article.body.equals(request.body());
            apply(article, request);
            article.updatedAt = Timestamps.now();
            return checking.discardUnreviewed(article.id)
                    .chain(() -> reanchoring.reanchor(article.id, article.body))
                    .chain(() -> checking.addFindings(article))
                    .map(list -> new Revision(article, list, bodyChanged));
        }).invoke(r -> LOG.infof("Article %s revised (body changed: %s)", r.article().id, r.bodyChanged()));
    }

    /** Runs the checker again (e.g. after the knowledge base changed), replacing only its unreviewed claims. */
    @WithTransaction
    public Uni<Revision> recheck(UUID id) {
        return get(id).chain(article -> checking.discardUnreviewed(article.id)
                .chain(() -> checking.addFindings(article))
                .map(list -> new Revision(article, list, false)));
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        // The claims go by cascade; their deletion events are recorded first, while the rows still exist.
        return get(id).call(article -> claims.listByArticle(id)
                        .chain(doomed -> events.record(ClaimEventType.DELETED, doomed)))
                .chain(articles::delete).invoke(() -> LOG.infof("Article %s deleted with its claims", id));
    }

    /** DRAFT or RETRACTED to PUBLISHED, if the article is still at the version If-Match names; an event says so. */
    @WithTransaction
    public Uni<Article> publish(UUID id, IfMatch ifMatch) {
        return transition(id, ifMatch, ArticleState.PUBLISHED, ClaimEventType.ARTICLE_PUBLISHED, "publish",
                ArticleState.DRAFT, ArticleState.RETRACTED);
    }

    /** PUBLISHED to RETRACTED, if the article is still at the version If-Match names; an event says so. */
    @WithTransaction
    public Uni<Article> retract(UUID id, IfMatch ifMatch) {
        return transition(id, ifMatch, ArticleState.RETRACTED, ClaimEventType.ARTICLE_RETRACTED, "retract",
                ArticleState.PUBLISHED);
    }

    private Uni<Article> transition(UUID id, IfMatch ifMatch, ArticleState target, ClaimEventType event, String verb,
            ArticleState... from) {
        return get(id).invoke(article -> {
            ifMatch.check("article", article.id, article.version);
            if (!List.of(from).contains(article.state)) {
                throw new ConflictException("Cannot " + verb + " a " + article.state + " article: " + verb
                        + " applies to " + String.join(" or ", List.of(from).stream().map(Enum::name).toList())
                        + " articles");
            }
            Instant now = Timestamps.now();
            article.state = target;
            article.stateChangedAt = now;
            article.updatedAt = now;
        }).call(article -> events.recordArticle(event, article.id))
                .invoke(article -> LOG.infof("Article %s %s", article.id, target.name().toLowerCase()));
    }

    /** {@link #update(UUID, ArticleRequest)} if the article is still at a version If-Match names; same transaction. */
    @WithTransaction
    public Uni<Revision> update(UUID id, ArticleRequest request, IfMatch ifMatch) {
        return get(id).invoke(article -> ifMatch.check("article", article.id, article.version))
                .chain(() -> update(id, request));
    }

    /** {@link #delete(UUID)} if the article is still at a version If-Match names; same transaction. */
    @WithTransaction
    public Uni<Void> delete(UUID id, IfMatch ifMatch) {
        return get(id).invoke(article -> ifMatch.check("article", article.id, article.version))
                .chain(() -> delete(id));
    }

    private Uni<Void> rejectTakenUrl(String url, UUID exceptId) {
        return articles.urlTaken(url, exceptId).invoke(taken -> {
            if (taken) {
                throw new ConflictException("Another article already has the url " + url);
            }
        }).replaceWithVoid();
    }

    private static void apply(Article article, ArticleRequest request) {
        article.url = blankToNull(request.url());
        article.title = request.title().trim();
        article.publisher = blankToNull(request.publisher());
        article.author = blankToNull(request.author());
        article.language = blankToNull(request.language());
        PublishedAt published = request.publishedAt();
        article.publishedAt = published == null ? null : published.localDate();
        article.publishedInstant = published == null ? null : published.instant();
        article.publishedOffsetSeconds = published == null ? null : published.offsetSeconds();
        article.publishedAtApproximate = Boolean.TRUE.equals(request.publishedAtApproximate());
        article.body = request.body();
        article.contentHash = sha256(request.body());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An article with its claims after a create, revision or re-check. */
    public record Revision(Article article, List<Claim> claims, boolean bodyChanged) {

        public ArticleView view() {
            return ArticleView.of(article, claims.stream().map(ClaimView::of).toList());
        }
    }
}
