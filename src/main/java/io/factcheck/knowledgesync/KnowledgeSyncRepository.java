package io.factcheck.knowledgesync;

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
public class KnowledgeSyncRepository implements PanacheRepositoryBase<KnowledgeSync, UUID> {

    /** Newest first, keyset-paged (limit + 1 rows). */
    public Uni<List<KnowledgeSync>> list(PageRequest page) {
        Parameters params = new Parameters();
        String where = page.afterCursor(params).map(c -> "where " + c).orElse("");
        return find(where + PageRequest.NEWEST_FIRST, params).range(0, page.limit()).list();
    }

    /** The latest run of a kind, or of a kind in a state; null when there is none. */
    public Uni<KnowledgeSync> latest(SyncKind kind, SyncState state) {
        return state == null
                ? find("kind = ?1" + PageRequest.NEWEST_FIRST, kind).firstResult()
                : find("kind = ?1 and state = ?2" + PageRequest.NEWEST_FIRST, kind, state).firstResult();
    }
}
