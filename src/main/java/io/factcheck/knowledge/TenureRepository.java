package io.factcheck.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class TenureRepository implements PanacheRepositoryBase<Tenure, UUID> {

    /** A tenure with the office it is a term of. */
    public record WithOffice(Tenure tenure, Office office) {
    }

    /** The tenures of several people with their offices, in one query (a page of people costs two queries, not N+1). */
    public Uni<List<WithOffice>> withOffices(List<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(
                "select t, o from Tenure t join Office o on o.id = t.officeId where t.personId in :personIds "
                        + "order by t.startDate, t.id", Object[].class)
                .setParameter("personIds", personIds)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new WithOffice((Tenure) row[0], (Office) row[1])).toList());
    }

    /** Whether the person already has a term in this office starting that day (the same term entered twice). */
    public Uni<Boolean> termTaken(UUID personId, UUID officeId, LocalDate start, UUID exceptId) {
        return exceptId == null
                ? count("personId = ?1 and officeId = ?2 and startDate = ?3", personId, officeId, start).map(n -> n > 0)
                : count("personId = ?1 and officeId = ?2 and startDate = ?3 and id <> ?4", personId, officeId, start,
                        exceptId).map(n -> n > 0);
    }
}
