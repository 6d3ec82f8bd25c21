package io.factcheck.knowledge;

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
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Uni<Boolean> wikidataIdTaken(String wikidataId, UUID exceptId) {
        return WikidataLinks.taken(this, wikidataId, exceptId);
    }

    public Uni<List<Person>> findByWikidataIds(List<String> wikidataIds) {
        return WikidataLinks.find(this, wikidataIds);
    }

    /**
     * People without a Wikidata id whose name is one of these, case-insensitively: compared on the first line of the
     * search text, which Java lower-cased (the database's lower() may leave non-ASCII letters alone).
     */
    public Uni<List<Person>> findUnlinkedByNames(List<String> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createNativeQuery(
                "select * from person where wikidata_id is null and split_part(search_text, chr(10), 1) in (:names)",
                Person.class)
                .setParameter("names", names.stream().map(KnowledgeText::lower).toList())
                .getResultList());
    }

    /**
     * People whose name or one of whose aliases is one of these, case-insensitively (compared with the lines of the
     * search text, which Java lower-cased; V55's index serves the overlap). Several people may share a form.
     */
    public Uni<List<Person>> findByNameOrAlias(Collection<String> names) {
        List<String> forms = names.stream().filter(n -> n != null && !n.isBlank())
                .map(n -> KnowledgeText.lower(n.strip())).distinct().toList();
        if (forms.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createNativeQuery(
                "select * from person where string_to_array(search_text, chr(10)) && cast(array[:forms] as text[])",
                Person.class)
                .setParameter("forms", forms)
                .getResultList());
    }

    /**
     * Newest first, keyset-paged (limit + 1 rows); {@code q} matches part of the name or of any alias,
     * case-insensitively (against the search text the entity lower-cases in Java; see V2__knowledge_base.sql).
     */
    public Uni<List<Person>> list(String q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null) {
            where.add("searchText like :pattern escape '\\'");
            params.and("pattern", KnowledgeText.containsPattern(q));
        }
        page.afterCursor(params).ifPresent(where::add);
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where))
                + PageRequest.NEWEST_FIRST;
        return find(query, params).range(0, page.limit()).list();
    }
}
