package io.factcheck.claim;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.factcheck.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    public Uni<List<Claim>> listByArticle(UUID articleId) {
        return list("articleId = ?1 order by anchor.start, id", articleId);
    }

    public Uni<List<Claim>> listByArticles(List<UUID> articleIds) {
        return list("articleId in ?1 order by articleId, anchor.start, id", articleIds);
    }

    /**
     * Full-text and filtered search, newest first, keyset-paged (limit + 1 rows). The full-text match ({@code @@} on
     * the GIN-indexed tsvector) has no HQL form, hence the native id query.
     */
    public Uni<List<Claim>> search(ClaimQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        boolean joinArticle = false;
        if (query.q() != null && !query.q().isBlank()) {
            where.add("c.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", query.q());
        }
        if (!query.verdicts().isEmpty()) {
            where.add("c.verdict in (:verdicts)");
            params.put("verdicts", query.verdicts().stream().map(Enum::name).toList());
        }
        if (!query.statuses().isEmpty()) {
            where.add("c.status in (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.articleId() != null) {
            where.add("c.article_id = :articleId");
            params.put("articleId", query.articleId());
        }
        if (query.person() != null && !query.person().isBlank()) {
            where.add("lower(c.person) = lower(:person)");
            params.put("person", query.person().trim());
        }
        if (query.minConfidence() != null) {
            where.add("c.confidence >= :minConfidence");
            params.put("minConfidence", query.minConfidence());
        }
        if (query.publisher() != null && !query.publisher().isBlank()) {
            joinArticle = true;
            where.add("lower(a.publisher) = lower(:publisher)");
            params.put("publisher", query.publisher().trim());
        }
        if (query.since() != null) {
            joinArticle = true;
            where.add("a.published_at >= :since");
            params.put("since", query.since());
        }
        if (query.until() != null) {
            joinArticle = true;
            where.add("a.published_at <= :until");
            params.put("until", query.until());
        }
        if (page.hasCursor()) {
            where.add("(c.created_at, c.id) < (:afterCreatedAt, :afterId)");
            params.put("afterCreatedAt", page.afterCreatedAt().atOffset(ZoneOffset.UTC));
            params.put("afterId", page.afterId());
        }
        String sql = "select c.id from claim c" + (joinArticle ? " join article a on a.id = c.article_id" : "")
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.created_at desc, c.id desc limit " + (page.limit() + 1);
        // Ids by native SQL (it has the @@ operator), then the entities in one query, kept in the ids' order.
        return getSession().chain(session -> {
            var ids = session.createNativeQuery(sql, UUID.class);
            params.forEach(ids::setParameter);
            return ids.getResultList();
        }).chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Claim>of())
                : list("id in ?1", ids).map(rows -> {
                    Map<UUID, Claim> byId = rows.stream().collect(Collectors.toMap(c -> c.id, c -> c));
                    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
                }));
    }
}
