package io.factcheck.knowledgesync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.factcheck.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class KnowledgeChangeRepository implements PanacheRepositoryBase<KnowledgeChange, UUID> {

    /** Newest first, keyset-paged (limit + 1 rows), narrowed to statuses and a run when given. */
    public Uni<List<KnowledgeChange>> list(List<ChangeStatus> statuses, UUID syncId, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!statuses.isEmpty()) {
            where.add("status in :statuses");
            params.and("statuses", statuses);
        }
        if (syncId != null) {
            where.add("syncId = :syncId");
            params.and("syncId", syncId);
        }
        page.afterCursor(params).ifPresent(where::add);
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where)) + PageRequest.NEWEST_FIRST;
        return find(query, params).range(0, page.limit()).list();
    }

    /** The open and rejected proposals about these tenures: a run neither repeats nor re-proposes them. */
    public Uni<List<KnowledgeChange>> decisionsAbout(Collection<UUID> tenureIds) {
        if (tenureIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenureId in ?1 and status in ?2", tenureIds, List.of(ChangeStatus.PROPOSED, ChangeStatus.REJECTED));
    }
}
