package io.factcheck.knowledge;

import java.util.ArrayList;
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
public class OfficeRepository implements PanacheRepositoryBase<Office, UUID> {

    public Uni<Boolean> wikidataIdTaken(String wikidataId, UUID exceptId) {
        return WikidataLinks.taken(this, wikidataId, exceptId);
    }

    public Uni<List<Office>> findByWikidataIds(List<String> wikidataIds) {
        return WikidataLinks.find(this, wikidataIds);
    }

    /** Newest first, keyset-paged (limit + 1 rows). */
    public Uni<List<Office>> list(PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        page.afterCursor(params).ifPresent(where::add);
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where))
                + PageRequest.NEWEST_FIRST;
        return find(query, params).range(0, page.limit()).list();
    }
}
