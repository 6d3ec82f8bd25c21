package io.factcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.factcheck.article.Article;
import io.factcheck.article.ArticleRepository;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.security.Audience;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;

@QuarkusTest
class ClaimReadsTest {

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimReads reads;

    @Inject
    ArticleRepository articles;

    @Test
    @RunOnVertxContext
    void searches_by_words_ignoring_stop_words_and_inflection(UniAsserter asserter) {
        String marker = "quokkaville" + System.nanoTime();
        asserter.execute(() -> Panache.withTransaction(() -> {
            Article article = article("The mayors of " + marker + " were elected in 2021.");
            return articles.persist(article).chain(a -> claims.persist(claim(a, "The mayors of " + marker + " were elected")));
        }));
        asserter.assertThat(() -> reads.search(query(marker + " mayor elect"), PageRequest.of(10, null), Audience.DESK),
                found -> assertThat(found).extracting(c -> c.anchor().exact()).containsExactly("The mayors of " + marker + " were elected"));
        asserter.assertThat(() -> reads.search(query(marker + " governor"), PageRequest.of(10, null), Audience.DESK),
                found -> assertThat(found).isEmpty());
    }

    @Test
    @RunOnVertxContext
    void reads_the_same_claim_the_entity_holds(UniAsserter asserter) {
        Claim[] stored = new Claim[1];
        asserter.execute(() -> Panache.withTransaction(() -> {
            Article article = article("The premier of Wakanda met the press on Monday.");
            Claim claim = claim(article, "The premier of Wakanda");
            claim.claimant = "The desk";
            claim.person = "T'Chaka";
            claim.verdict = Verdict.OUTDATED;
            claim.confidence = 0.625;
            stored[0] = claim;
            return articles.persist(article).chain(a -> {
                claim.articleId = a.id;
                return claims.persist(claim);
            });
        }));
        asserter.assertThat(() -> reads.byId(stored[0].id, Audience.DESK), view -> {
            Claim c = stored[0];
            assertThat(view).usingRecursiveComparison().ignoringFields("createdAt", "updatedAt").isEqualTo(ClaimView.of(c));
            // PostgreSQL keeps microseconds: the entity's instants were truncated to them before they were stored
            assertThat(view.createdAt()).isEqualTo(c.createdAt.truncatedTo(ChronoUnit.MICROS));
        });
        asserter.assertThat(() -> reads.ofArticle(stored[0].articleId, Audience.DESK),
                views -> assertThat(views).extracting(ClaimView::id).containsExactly(stored[0].id));
        asserter.assertThat(() -> reads.byId(java.util.UUID.randomUUID(), Audience.DESK), view -> assertThat(view).isNull());
    }

    private static ClaimQuery query(String q) {
        return new ClaimQuery(q, List.of(), List.of(), null, null, null, null, null, null);
    }

    private static Article article(String body) {
        Article article = new Article();
        article.title = "Repository test";
        article.body = body;
        article.contentHash = "test";
        article.publishedAt = LocalDate.of(2024, 1, 1);
        article.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        article.updatedAt = article.createdAt;
        return article;
    }

    private static Claim claim(Article article, String exact) {
        int start = article.body.indexOf(exact);
        Claim claim = Claim.newIn(article, AnchorResolver.at(article.body, start, start + exact.length()),
                ClaimOrigin.EDITOR);
        claim.text = exact;
        return claim;
    }
}
