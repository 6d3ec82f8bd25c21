package io.factcheck.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.factcheck.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /** Newest first, keyset-paged (limit + 1 rows). */
    public Uni<List<Review>> history(UUID claimId, PageRequest page) {
        Parameters params = Parameters.with("claimId", claimId);
        String query = "claimId = :claimId" + page.afterCursor(params).map(after -> " and " + after).orElse("");
        return find(query + PageRequest.NEWEST_FIRST, params).range(0, page.limit()).list();
    }

    /** The page the claim's latest review is published on (one column of one row); null when none. */
    public Uni<String> latestPublishedUrl(UUID claimId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select r.publishedUrl from Review r where r.claimId = :claimId order by r.createdAt desc, r.id desc",
                String.class).setParameter("claimId", claimId).setMaxResults(1).getSingleResultOrNull());
    }

    /** When each of the claims was first reviewed, by claim id; claims without a review are left out. One query. */
    public Uni<Map<UUID, Instant>> firstReviewed(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(
                "select r.claimId, min(r.createdAt) from Review r where r.claimId in (:ids) group by r.claimId",
                Object[].class).setParameter("ids", claimIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Instant) row[1])));
    }

    /** The latest review of each of the claims (newest createdAt, then highest id), in one query. */
    public Uni<List<Review>> latestOf(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("from Review r where r.claimId in ?1 and not exists (from Review newer where newer.claimId = r.claimId"
                + " and (newer.createdAt > r.createdAt or (newer.createdAt = r.createdAt and newer.id > r.id)))", claimIds);
    }
}
