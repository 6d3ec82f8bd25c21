package io.factcheck.claimreview;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.factcheck.article.Article;
import io.factcheck.article.ArticleRepository;
import io.factcheck.canonical.AppearanceView;
import io.factcheck.canonical.CanonicalClaimReads;
import io.factcheck.claim.Claim;
import io.factcheck.claim.ClaimRepository;
import io.factcheck.claim.ClaimStatus;
import io.factcheck.common.http.EntityTag;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.knowledge.Person;
import io.factcheck.review.Review;
import io.factcheck.review.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Claims as schema.org ClaimReviews: one claim, every reviewed claim of an article, or the feed of all. Read-only. */
@ApplicationScoped
public class ClaimReviewService {

    private final ClaimRepository claims;
    private final ArticleRepository articles;
    private final ReviewRepository reviews;
    private final CanonicalClaimReads canonical;
    private final Claimants claimants;
    private final FactCheckUrls urls;
    private final String serviceName;

    public ClaimReviewService(ClaimRepository claims, ArticleRepository articles, ReviewRepository reviews,
            CanonicalClaimReads canonical, Claimants claimants, FactCheckUrls urls,
            @ConfigProperty(name = "claims.claimreview.author") String serviceName) {
        this.claims = claims;
        this.articles = articles;
        this.reviews = reviews;
        this.canonical = canonical;
        this.claimants = claimants;
        this.urls = urls;
        this.serviceName = serviceName;
    }

    /** Any claim, reviewed or not (an unreviewed one is rated "Unverified"). */
    @WithSession
    public Uni<Tagged<ClaimReview>> ofClaim(UUID claimId, URI base) {
        return claims.findById(claimId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("claim", claimId))
                .chain(claim -> articles.findById(claim.articleId).chain(article -> build(List.of(claim),
                        Map.of(article.id, article)).map(built -> new Tagged<>(built.reviews().get(0),
                                tag("claimreview", base, built)))));
    }

    /** The article's reviewed claims in text order; orphaned ones are left out (the article no longer says them). */
    @WithSession
    public Uni<Tagged<ClaimReviewGraph>> ofArticle(UUID articleId, URI base) {
        return articles.findById(articleId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("article", articleId))
                .chain(article -> claims.listByArticle(articleId).chain(all -> {
                    List<Claim> reviewed = all.stream()
                            .filter(c -> c.reviewedAt != null && c.status != ClaimStatus.ORPHANED).toList();
                    return build(reviewed, Map.of(article.id, article)).map(built -> new Tagged<>(
                            new ClaimReviewGraph(ClaimReview.CONTEXT,
                                    built.reviews().stream().map(ClaimReview::inGraph).toList()),
                            tag("claimreviews", base, built, EntityTag.of(article.id, article.version))));
                }));
    }

    /**
     * Which claims are published ClaimReviews, in one place. An unreviewed claim has no ClaimReview; an orphaned one is
     * no longer in its article; of a canonical claim's appearances only the one its verdict was written on is listed,
     * so an aggregator gets each fact-check once.
     */
    private static List<String> feedConditions() {
        List<String> where = new ArrayList<>();
        where.add("reviewedAt is not null");
        where.add("status <> io.factcheck.claim.ClaimStatus.ORPHANED");
        where.add("(canonicalClaimId is null or verdictClaimId = id)");
        // only published work, whoever asks: the feed is what aggregators publish (Audience.PUBLIC in HQL)
        where.add("status = io.factcheck.claim.ClaimStatus.REVIEWED");
        where.add("exists (select 1 from Article pa where pa.id = articleId "
                + "and pa.state = io.factcheck.article.ArticleState.PUBLISHED)");
        return where;
    }

    /** Every published ClaimReview, newest verdict first, keyset-paged on (reviewedAt, id). */
    @WithSession
    public Uni<Tagged<ClaimReviewFeed>> feed(PageRequest page, URI base) {
        List<String> where = feedConditions();
        Parameters params = new Parameters();
        if (page.hasCursor()) {
            where.add("(reviewedAt < :after or (reviewedAt = :after and id < :afterId))");
            params.and("after", page.afterCreatedAt()).and("afterId", page.afterId());
        }
        return claims.find(String.join(" and ", where) + " order by reviewedAt desc, id desc", params)
                .range(0, page.limit()).list()
                .chain(rows -> {
                    Page<Claim> onPage = page.page(rows, c -> c.reviewedAt, c -> c.id, Function.identity());
                    List<UUID> articleIds = onPage.items().stream().map(c -> c.articleId).distinct().toList();
                    Uni<List<Article>> ofItems = articleIds.isEmpty() ? Uni.createFrom().item(List.of())
                            : articles.list("id in ?1", articleIds);
                    return ofItems.chain(found -> build(onPage.items(),
                            found.stream().collect(Collectors.toMap(a -> a.id, Function.identity())))
                            .map(built -> {
                                List<ClaimReviewFeed.Item> items = new ArrayList<>();
                                for (int i = 0; i < built.reviews().size(); i++) {
                                    items.add(new ClaimReviewFeed.Item("DataFeedItem",
                                            onPage.items().get(i).reviewedAt, built.reviews().get(i).inGraph()));
                                }
                                return new Tagged<>(new ClaimReviewFeed(ClaimReviewFeed.CONTEXT, "DataFeed",
                                        serviceName + " fact-checks",
                                        items.isEmpty() ? null : items.get(0).dateModified(), items, onPage.next()),
                                        tag("claimreview-feed", base, built, "next=" + onPage.next()));
                            }));
                });
    }

    /** The ClaimReviews of these claims in their order, and what their entity tag depends on. */
    private Uni<Built> build(List<Claim> of, Map<UUID, Article> articlesById) {
        return latest(of).chain(latest -> firstReviewed(of).chain(first -> appearances(of)
                .chain(appearances -> claimants.known(of).map(known -> {
                    List<ClaimReview> built = new ArrayList<>();
                    List<Object> dependsOn = new ArrayList<>();
                    for (Claim c : of) {
                        Article article = articlesById.get(c.articleId);
                        Review verdict = latest.get(c.id);
                        List<AppearanceView> all = c.canonicalClaimId == null ? null : appearances.get(c.canonicalClaimId);
                        built.add(ClaimReview.of(c, article, verdict, first.get(reviewedClaim(c)), all,
                                Claimants.of(c, article, known),
                                urls.urlOf(c.id, verdict == null ? null : verdict.publishedUrl), serviceName));
                        dependsOn.add(EntityTag.of(c.id, c.version));
                        dependsOn.add(EntityTag.of(article.id, article.version));
                        dependsOn.add(canonicalTag(all));
                        Person person = c.claimant == null ? null : known.get(Claimants.key(c.claimant));
                        dependsOn.add(person == null ? "-" : person.id + "." + person.version);
                    }
                    return new Built(built, dependsOn);
                }))));
    }

    private record Built(List<ClaimReview> reviews, List<Object> dependsOn) {
    }

    private EntityTag tag(String kind, URI base, Built built, Object... more) {
        return EntityTag.digest(kind, base, urls.template(), built.dependsOn(), List.of(more));
    }

    /** The claim whose reviews the verdict comes from: for an appearance of a canonical claim, the one reviewed. */
    private static UUID reviewedClaim(Claim c) {
        return c.verdictClaimId != null ? c.verdictClaimId : c.id;
    }

    /** The review a claim's verdict is: a canonical claim's shared one, else the claim's own latest. */
    private Uni<Map<UUID, Review>> latest(List<Claim> of) {
        List<UUID> shared = of.stream().filter(c -> c.verdictReviewId != null).map(c -> c.verdictReviewId).toList();
        List<UUID> own = of.stream().filter(c -> c.verdictReviewId == null).map(c -> c.id).toList();
        Uni<List<Review>> sharedReviews = shared.isEmpty() ? Uni.createFrom().item(List.of())
                : reviews.list("id in ?1", shared);
        return sharedReviews.chain(found -> reviews.latestOf(own).map(ownLatest -> {
            Map<UUID, Review> byId = found.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
            Map<UUID, Review> byClaim = ownLatest.stream().collect(Collectors.toMap(r -> r.claimId, Function.identity()));
            Map<UUID, Review> result = new HashMap<>();
            for (Claim c : of) {
                Review r = c.verdictReviewId != null ? byId.get(c.verdictReviewId) : byClaim.get(c.id);
                if (r != null) {
                    result.put(c.id, r);
                }
            }
            return result;
        }));
    }

    /** When each reviewed claim was first reviewed: the ClaimReview's datePublished. */
    private Uni<Map<UUID, Instant>> firstReviewed(List<Claim> of) {
        List<UUID> ids = of.stream().filter(c -> c.reviewedAt != null).map(ClaimReviewService::reviewedClaim)
                .distinct().toList();
        return reviews.firstReviewed(ids);
    }

    private Uni<Map<UUID, List<AppearanceView>>> appearances(List<Claim> of) {
        return canonical.appearances(of.stream().filter(c -> c.canonicalClaimId != null)
                .map(c -> c.canonicalClaimId).distinct().toList());
    }

    /** Appearances come and go (another article links or unlinks): the tag covers which there are. */
    private static UUID canonicalTag(List<AppearanceView> appearances) {
        if (appearances == null) {
            return new UUID(0, 0);
        }
        return UUID.nameUUIDFromBytes(appearances.stream().map(a -> a.claimId().toString())
                .collect(Collectors.joining(",")).getBytes(StandardCharsets.UTF_8));
    }
}
