package io.factcheck.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.factcheck.common.Timestamps;
import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.problem.UnprocessableException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Terms of office; writes invalidate the knowledge snapshot after commit (see PersonService). */
@ApplicationScoped
public class TenureService {

    private static final Logger LOG = Logger.getLogger(TenureService.class);

    private final TenureRepository tenures;
    private final PersonRepository people;
    private final OfficeRepository offices;
    private final KnowledgeSnapshots snapshots;

    public TenureService(TenureRepository tenures, PersonRepository people, OfficeRepository offices,
            KnowledgeSnapshots snapshots) {
        this.tenures = tenures;
        this.people = people;
        this.offices = offices;
        this.snapshots = snapshots;
    }

    @WithSession
    public Uni<TenureView> get(UUID id) {
        return find(id).chain(tenure -> offices.findById(tenure.officeId).map(office -> TenureView.of(tenure, office)));
    }

    public Uni<TenureView> create(UUID personId, TenureRequest request) {
        return Panache.withTransaction(() -> people.findById(personId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("person", personId))
                .chain(person -> office(request))
                .call(office -> rejectTakenTerm(personId, request, null))
                .chain(office -> {
                    Instant now = Timestamps.now();
                    Tenure tenure = new Tenure();
                    tenure.personId = personId;
                    apply(tenure, request);
                    tenure.createdAt = now;
                    tenure.updatedAt = now;
                    return tenures.persist(tenure).map(t -> new TenureRepository.WithOffice(t, office));
                }))
                .invoke(snapshots::invalidate)
                .invoke(r -> LOG.infof("Tenure %s created: person %s, %s from %s", r.tenure().id, personId,
                        r.office().name(), r.tenure().startDate))
                .map(r -> TenureView.of(r.tenure(), r.office()));
    }

    public Uni<TenureView> update(UUID id, TenureRequest request) {
        return Panache.withTransaction(() -> find(id).chain(tenure -> office(request)
                .call(office -> rejectTakenTerm(tenure.personId, request, id))
                .map(office -> {
                    apply(tenure, request);
                    tenure.updatedAt = Timestamps.now();
                    return new TenureRepository.WithOffice(tenure, office);
                })))
                .invoke(snapshots::invalidate)
                .invoke(r -> LOG.infof("Tenure %s updated", id))
                .map(r -> TenureView.of(r.tenure(), r.office()));
    }

    public Uni<Void> delete(UUID id) {
        return Panache.withTransaction(() -> find(id).chain(tenures::delete))
                .invoke(snapshots::invalidate)
                .invoke(() -> LOG.infof("Tenure %s deleted", id));
    }

    /** A date known only to the month or year is stored as the first day of that month or year. */
    static LocalDate firstDayAt(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    private Uni<Tenure> find(UUID id) {
        return tenures.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException("tenure", id));
    }

    /** The office the request names, after the checks that need no database: the dates. */
    private Uni<Office> office(TenureRequest request) {
        LocalDate start = firstDayAt(request.start(), request.precision());
        LocalDate end = firstDayAt(request.end(), request.precision());
        if (end != null && !end.isAfter(start)) {
            throw new UnprocessableException("end", request.precision() == DatePrecision.DAY
                    ? "must be after start"
                    : "must be after start (both are stored as the first day of their " + unit(request.precision()) + ")");
        }
        return offices.findById(request.officeId())
                .onItem().ifNull().failWith(() -> new UnprocessableException("officeId", "no office with this id"));
    }

    private Uni<Void> rejectTakenTerm(UUID personId, TenureRequest request, UUID exceptId) {
        LocalDate start = firstDayAt(request.start(), request.precision());
        return tenures.termTaken(personId, request.officeId(), start, exceptId).invoke(taken -> {
            if (taken) {
                throw new ConflictException("The person already has a term in this office starting " + start);
            }
        }).replaceWithVoid();
    }

    /** A hand edit: the row is now the API's (curated), confirmed by the edit. */
    private static void apply(Tenure tenure, TenureRequest request) {
        tenure.origin = TenureOrigin.API;
        tenure.confirmedAt = Timestamps.now();
        tenure.officeId = request.officeId();
        tenure.precision = request.precision();
        tenure.startDate = firstDayAt(request.start(), request.precision());
        tenure.endDate = firstDayAt(request.end(), request.precision());
        tenure.source = request.source().trim();
        tenure.note = KnowledgeText.blankToNull(request.note());
    }

    private static String unit(DatePrecision precision) {
        return precision == DatePrecision.MONTH ? "month" : "year";
    }
}
