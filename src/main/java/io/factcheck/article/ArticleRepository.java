package io.factcheck.article;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.factcheck.common.PublishedAt;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.security.Audience;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    public Uni<Boolean> urlTaken(String url, UUID exceptId) {
        if (url == null) {
            return Uni.createFrom().item(false);
        }
        return exceptId == null
                ? count("url", url).map(n -> n > 0)
                : count("url = ?1 and id <> ?2", url, exceptId).map(n -> n > 0);
    }

    /** Newest first, keyset-paged; fetches one row more than the page to know whether there is a next page. */
    public Uni<List<Article>> list(String publisher, PublishedAt since, PublishedAt until, PageRequest page,
            Audience audience) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!audience.seesAll()) {
            where.add("state = :publicState");
            params.and("publicState", ArticleState.PUBLISHED);
        }
        if (publisher != null && !publisher.isBlank()) {
            where.add("lower(publisher) = lower(:publisher)");
            params.and("publisher", publisher.trim());
        }
        // A date bound compares publication dates; a date-time bound compares moments of publication.
        if (since != null) {
            where.add(since.hasTime() ? "publishedInstant >= :since" : "publishedAt >= :since");
            params.and("since", since.hasTime() ? since.instant() : since.localDate());
        }
        if (until != null) {
            where.add(until.hasTime() ? "publishedInstant <= :until" : "publishedAt <= :until");
            params.and("until", until.hasTime() ? until.instant() : until.localDate());
        }
        page.afterCursor(params).ifPresent(where::add);
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where))
                + PageRequest.NEWEST_FIRST;
        return find(query, params).range(0, page.limit()).list();
    }
}
