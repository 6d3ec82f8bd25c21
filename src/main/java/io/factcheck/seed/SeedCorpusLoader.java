package io.factcheck.seed;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.factcheck.article.ArticleRequest;
import io.factcheck.article.ArticleState;
import io.factcheck.article.ArticleService;
import io.factcheck.claim.AnchorRequest;
import io.factcheck.claim.ClaimRequest;
import io.factcheck.claim.ClaimService;
import io.factcheck.claim.Verdict;
import io.factcheck.common.PublishedAt;
import io.factcheck.review.ReviewRequest;
import io.factcheck.review.ReviewService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads the seed corpus on first start, through the same services as the API. A row in data_load, inserted in the
 * same transaction, makes the load happen exactly once per database, even with several instances starting at once.
 */
@ApplicationScoped
public class SeedCorpusLoader {

    static final String LOAD_NAME = "seed-corpus-v1";
    private static final String REVIEWER = "Claims API fact-check desk (seed)";
    private static final Logger LOG = Logger.getLogger(SeedCorpusLoader.class);

    private final ArticleService articles;
    private final ClaimService claims;
    private final ReviewService reviews;
    private final boolean enabled;

    private final SeedLinks links;

    public SeedCorpusLoader(ArticleService articles, ClaimService claims, ReviewService reviews, SeedLinks links,
            @ConfigProperty(name = "claims.seed.enabled", defaultValue = "true") boolean enabled) {
        this.links = links;
        this.articles = articles;
        this.claims = claims;
        this.reviews = reviews;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!enabled) {
            LOG.info("Seed corpus loading is disabled (CLAIMS_SEED_ENABLED=false)");
            return;
        }
        VertxContextSupport.subscribeAndAwait(this::load);
        VertxContextSupport.subscribeAndAwait(links::load);
    }

    /** Emits true when this call loaded the corpus, false when it was already there. */
    @WithTransaction
    public Uni<Boolean> load() {
        return claimLoad().chain(first -> {
            if (!first) {
                LOG.debug("Seed corpus already loaded");
                return Uni.createFrom().item(false);
            }
            SeedCorpus corpus = SeedCorpus.fromClasspath();
            Map<String, UUID> articleIds = new HashMap<>();
            return Multi.createFrom().iterable(corpus.articles())
                    .onItem().transformToUniAndConcatenate(a -> articles.insert(toRequest(a))
                            .invoke(created -> articleIds.put(a.file(), created.id)))
                    .collect().last()
                    .chain(() -> Multi.createFrom().iterable(corpus.claims())
                            .onItem().transformToUniAndConcatenate(c -> addClaim(articleIds.get(c.file()), c))
                            .collect().last())
                    // the checker runs last, so it adds findings only where the desk has no claim of its own
                    .chain(() -> Multi.createFrom().iterable(articleIds.values())
                            .onItem().transformToUniAndConcatenate(articles::recheck)
                            .collect().last())
                    .invoke(() -> LOG.infof("Seed corpus loaded: %d articles, %d reviewed claims",
                            corpus.articles().size(), corpus.claims().size()))
                    .replaceWith(true);
        });
    }

    /** Inserts this load's marker; the unique name makes a concurrent second loader wait, then skip. */
    private Uni<Boolean> claimLoad() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into data_load (name, loaded_at) values (:name, now()) on conflict do nothing")
                .setParameter("name", LOAD_NAME)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private Uni<Void> addClaim(UUID articleId, SeedCorpus.SeedClaim seed) {
        if (articleId == null) {
            throw new IllegalStateException("Seed claim names an unknown article file " + seed.file());
        }
        ClaimRequest request = new ClaimRequest(articleId, seed.text(),
                new AnchorRequest(null, null, seed.exact(), seed.prefix(), seed.suffix()), null, seed.person());
        SeedCorpus.SeedReview r = seed.review();
        return claims.create(request)
                .chain(claim -> reviews.add(claim.id, new ReviewRequest(Verdict.valueOf(r.verdict()), r.confidence(),
                        r.summary(), r.correction(), r.evidence(), REVIEWER, null), null))
                .replaceWithVoid();
    }

    private static ArticleRequest toRequest(SeedCorpus.SeedArticle a) {
        return new ArticleRequest(null, a.title(), a.publisher(), null, a.language(), PublishedAt.of(a.publishedAt()), a.approximate(),
                a.body(), ArticleState.PUBLISHED);
    }
}
