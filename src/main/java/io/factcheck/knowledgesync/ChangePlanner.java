package io.factcheck.knowledgesync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.factcheck.knowledge.DatePrecision;
import io.factcheck.knowledge.Office;
import io.factcheck.knowledge.Person;
import io.factcheck.knowledge.Tenure;
import io.factcheck.knowledge.TenureOrigin;
import io.factcheck.knowledge.WikidataImport;
import io.factcheck.knowledge.WikidataTime;

/**
 * Computes a change set: what the statements of an answer change in the knowledge, and which of those changes wait
 * for an admin. It works on the rows it is given (changing those it changes, creating new ones) and on no database, so
 * its rules can be tested without one:
 * <ul>
 * <li>An office or a person is matched by Wikidata id, else linked by name (an office by its name or an alias, a person
 * by their exact name, when exactly one row without a Wikidata id has it), else created with its English label.</li>
 * <li>A statement is matched to a tenure by statement id, else by person, office and start, else to the one
 * unmatched tenure of that person in that office whose period overlaps it (a date correction); else it is a new
 * tenure.</li>
 * <li>Additions are applied. So are changes to a tenure that came from Wikidata, the end date of a tenure that was
 * still open, and a finer precision that agrees with the dates known. Anything else that contradicts a curated tenure
 * (see {@link #curated}) is a proposal. A proposal already open, or rejected before, is not made again.</li>
 * </ul>
 */
final class ChangePlanner {

    /** The knowledge a plan starts from (loaded by the caller, in the transaction that applies the plan). */
    record Knowledge(Map<String, Office> officesByWikidataId, List<Office> unlinkedOffices,
            Map<String, Person> peopleByWikidataId, List<Person> unlinkedPeople, List<Tenure> tenures,
            List<KnowledgeChange> decisions) {
    }

    /** Dates of a tenure: start, end (exclusive, null while open) and their one precision. */
    record Dates(LocalDate start, LocalDate end, DatePrecision precision) {

        static Dates of(Tenure t) {
            return new Dates(t.startDate, t.endDate, t.precision);
        }

        static Dates of(HeldPosition p) {
            return new Dates(p.start(), p.end(), p.precision());
        }
    }

    /** One change, naming its rows (new ones have no id until they are persisted). */
    record PlannedChange(ChangeKind kind, ChangeStatus status, Person person, Office office, Tenure tenure,
            String statementId, Dates before, Dates after, String reason) {
    }

    /** A new tenure with the rows it belongs to. */
    record NewTenure(Tenure tenure, Person person, Office office) {
    }

    /** What a plan does. */
    static final class Plan {
        final List<Person> newPeople = new ArrayList<>();
        final List<Office> newOffices = new ArrayList<>();
        final List<NewTenure> newTenures = new ArrayList<>();
        final List<PlannedChange> changes = new ArrayList<>();
        final List<KnowledgeChange> superseded = new ArrayList<>();
        /** Offices whose holders changed: the articles that depend on them are re-checked. */
        final Set<Office> changedOffices = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        final List<KnowledgeSync.Skipped> skipped = new ArrayList<>();
        /**
         * Tenures Wikidata confirmed as they are: their confirmedAt is written apart from the row's version (an
         * unchanged tenure keeps its version and ETag however often it is confirmed).
         */
        final List<Tenure> confirmed = new ArrayList<>();
        int tenuresCreated;
        int tenuresEnded;
        int tenuresChanged;
        int tenuresConfirmed;
        int proposals;

        int peopleCreated() {
            return newPeople.size();
        }

        int officesCreated() {
            return newOffices.size();
        }
    }

    private final Knowledge knowledge;
    private final Instant now;
    private final LocalDate asOf;
    private final Plan plan = new Plan();
    private final Map<String, Office> officeByWikidataId;
    private final Map<String, Person> personByWikidataId;
    private final Map<String, Tenure> byStatement = new HashMap<>();
    private final Map<Term, Tenure> byTerm = new HashMap<>();
    private final Map<PersonInOffice, List<Tenure>> byPersonInOffice = new HashMap<>();
    private final Set<Tenure> matched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<UUID, List<KnowledgeChange>> decisionsByTenure = new HashMap<>();
    private final Set<String> statementsInAnswer = new HashSet<>();

    private ChangePlanner(Knowledge knowledge, Instant now, LocalDate asOf) {
        this.knowledge = knowledge;
        this.now = now;
        this.asOf = asOf;
        this.officeByWikidataId = new HashMap<>(knowledge.officesByWikidataId());
        this.personByWikidataId = new HashMap<>(knowledge.peopleByWikidataId());
        for (Tenure t : knowledge.tenures()) {
            index(t);
        }
        for (KnowledgeChange c : knowledge.decisions()) {
            if (c.tenureId != null) {
                decisionsByTenure.computeIfAbsent(c.tenureId, id -> new ArrayList<>()).add(c);
            }
        }
    }

    /**
     * The plan for these statements. {@code asOf} is the day the answer describes (a new office knows its holders
     * until then); null when unknown.
     */
    static Plan plan(List<HeldPosition> positions, Knowledge knowledge, Instant now, LocalDate asOf) {
        return new ChangePlanner(knowledge, now, asOf).run(positions);
    }

    private Plan run(List<HeldPosition> positions) {
        List<HeldPosition> usable = new ArrayList<>();
        for (HeldPosition p : positions) {
            statementsInAnswer.add(p.statementId());
            if (p.usable()) {
                usable.add(p);
            } else {
                skip(p, p.problem());
            }
        }
        usable.sort(Comparator.comparing(HeldPosition::officeId).thenComparing(HeldPosition::start)
                .thenComparing(HeldPosition::statementId));
        resolveOffices(usable);
        resolvePeople(usable);

        // Exact matches first (by statement, then by term), so a date correction cannot take a tenure another
        // statement names exactly; then the rest: a correction of an overlapping tenure, or a new one.
        List<HeldPosition> rest = new ArrayList<>();
        for (HeldPosition p : usable) {
            Person person = personByWikidataId.get(p.personId());
            Office office = officeByWikidataId.get(p.officeId());
            if (person == null || office == null) {
                skip(p, person == null
                        ? "person " + p.personId() + " is not in the knowledge, and the answer gives no English label"
                        : "office " + p.officeId() + " is not in the knowledge, and the answer gives no English label");
                continue;
            }
            Tenure exact = exactMatch(p, person, office);
            if (exact == SKIPPED) {
                continue;
            }
            if (exact != null) {
                matched.add(exact);
                decide(p, person, office, exact);
            } else {
                rest.add(p);
            }
        }
        for (HeldPosition p : rest) {
            Person person = personByWikidataId.get(p.personId());
            Office office = officeByWikidataId.get(p.officeId());
            Tenure overlapping = overlappingMatch(p, person, office);
            if (overlapping != null) {
                matched.add(overlapping);
                decide(p, person, office, overlapping);
            } else {
                add(p, person, office);
            }
        }
        return plan;
    }

    /** A marker: the statement was skipped while being matched. */
    private static final Tenure SKIPPED = new Tenure();

    private Tenure exactMatch(HeldPosition p, Person person, Office office) {
        Tenure t = byStatement.get(p.statementId());
        if (t != null) {
            if (!Objects.equals(t.officeId, office.id) || !Objects.equals(t.personId, person.id)) {
                skip(p, "the statement is linked to a term of another person or office (tenure " + t.id
                        + "): edit that tenure by hand");
                return SKIPPED;
            }
            return t;
        }
        t = byTerm.get(new Term(key(person), key(office), p.start()));
        if (t != null && (matched.contains(t) || (t.wikidataStatementId != null
                && statementsInAnswer.contains(t.wikidataStatementId)))) {
            skip(p, "the same term as statement " + t.wikidataStatementId);
            return SKIPPED;
        }
        return t;
    }

    /** The one unmatched tenure of the person in the office whose period overlaps the statement's; null if none or several. */
    private Tenure overlappingMatch(HeldPosition p, Person person, Office office) {
        List<Tenure> candidates = byPersonInOffice.getOrDefault(new PersonInOffice(key(person), key(office)), List.of())
                .stream()
                .filter(t -> !matched.contains(t))
                .filter(t -> t.wikidataStatementId == null || !statementsInAnswer.contains(t.wikidataStatementId))
                .filter(t -> overlaps(t.startDate, t.endDate, p.start(), p.end()))
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private void add(HeldPosition p, Person person, Office office) {
        Tenure t = new Tenure();
        t.startDate = p.start();
        t.endDate = p.end();
        t.precision = p.precision();
        t.source = WikidataImport.ENTITY_PAGE + p.personId();
        t.wikidataStatementId = p.statementId();
        t.origin = TenureOrigin.WIKIDATA;
        t.confirmedAt = now;
        t.createdAt = now;
        t.updatedAt = now;
        plan.newTenures.add(new NewTenure(t, person, office));
        plan.tenuresCreated++;
        plan.changedOffices.add(office);
        plan.changes.add(new PlannedChange(ChangeKind.TENURE_ADDED, ChangeStatus.APPLIED, person, office, t,
                p.statementId(), null, Dates.of(p), "new on Wikidata"));
        matched.add(t);
        index(t, person, office);
    }

    /** A statement matched to a tenure: confirm it, change it, or propose a change. */
    private void decide(HeldPosition p, Person person, Office office, Tenure t) {
        if (!p.statementId().equals(t.wikidataStatementId)) {
            // a curated tenure learns which statement it is, so the next sync matches it directly
            t.wikidataStatementId = p.statementId();
        }
        Dates before = Dates.of(t);
        Dates after = Dates.of(p);
        if (before.equals(after)) {
            confirm(t);
            return;
        }
        if (!curated(t)) {
            apply(p, person, office, t, after, ChangeKind.TENURE_DATES_CHANGED, "Wikidata changed the dates");
            return;
        }
        DatePrecision coarser = WikidataTime.coarser(before.precision(), after.precision());
        boolean sameStart = floor(before.start(), coarser).equals(floor(after.start(), coarser));
        boolean sameEnd = before.end() == null ? after.end() == null
                : after.end() != null && floor(before.end(), coarser).equals(floor(after.end(), coarser));
        boolean finer = after.precision().ordinal() < before.precision().ordinal();

        if (sameStart && before.end() == null && after.end() != null) {
            // the end of an open term is applied; taking Wikidata's precision when it is finer, else the coarser one
            Dates ended = finer || after.precision() == before.precision() ? after
                    : new Dates(floor(before.start(), after.precision()), after.end(), after.precision());
            apply(p, person, office, t, ended, ChangeKind.TENURE_ENDED, "the term has ended");
            return;
        }
        if (sameStart && sameEnd) {
            if (finer) {
                apply(p, person, office, t, after, ChangeKind.TENURE_DATES_CHANGED,
                        "known more precisely on Wikidata, and agreeing with the knowledge");
            } else {
                confirm(t);
            }
            return;
        }
        if (sameStart && before.end() != null && after.end() == null) {
            skip(p, "Wikidata gives no end; the knowledge's end (" + before.end() + ") stays");
            return;
        }
        Dates proposalBase = before;
        if (before.end() == null && after.end() != null) {
            // an open term that ended on another start: the end is applied now, the start waits for an admin
            Dates ended = new Dates(floor(before.start(), coarser), floor(after.end(), coarser), coarser);
            if (ended.end().isAfter(ended.start())
                    && apply(p, person, office, t, ended, ChangeKind.TENURE_ENDED, "the term has ended")) {
                proposalBase = ended;
            }
        }
        propose(p, person, office, t, proposalBase, after);
    }

    /** Applies new dates to a tenure; false (and the statement skipped) when another term starts that day. */
    private boolean apply(HeldPosition p, Person person, Office office, Tenure t, Dates dates, ChangeKind kind,
            String reason) {
        Dates before = Dates.of(t);
        Tenure other = byTerm.get(new Term(key(person), key(office), dates.start()));
        if (other != null && other != t) {
            skip(p, "would start on the same day as another term of the same person in this office (tenure "
                    + other.id + ")");
            return false;
        }
        byTerm.remove(new Term(key(person), key(office), t.startDate));
        t.startDate = dates.start();
        t.endDate = dates.end();
        t.precision = dates.precision();
        if (t.origin == TenureOrigin.WIKIDATA) {
            t.source = WikidataImport.ENTITY_PAGE + p.personId();
        }
        t.confirmedAt = now;
        t.updatedAt = now;
        byTerm.put(new Term(key(person), key(office), t.startDate), t);
        if (kind == ChangeKind.TENURE_ENDED) {
            plan.tenuresEnded++;
        } else {
            plan.tenuresChanged++;
        }
        plan.changedOffices.add(office);
        plan.changes.add(new PlannedChange(kind, ChangeStatus.APPLIED, person, office, t, p.statementId(), before,
                dates, reason));
        // an open proposal made against the old dates can no longer be accepted as it stands
        for (KnowledgeChange open : decisions(t, ChangeStatus.PROPOSED)) {
            supersede(open);
        }
        return true;
    }

    private void propose(HeldPosition p, Person person, Office office, Tenure t, Dates before, Dates after) {
        for (KnowledgeChange rejected : decisions(t, ChangeStatus.REJECTED)) {
            if (rejected.proposes(after.start(), after.end(), after.precision())) {
                skip(p, "an admin rejected these dates for tenure " + t.id + " on "
                        + rejected.decidedAt.toString().substring(0, 10));
                return;
            }
        }
        for (KnowledgeChange open : decisions(t, ChangeStatus.PROPOSED)) {
            if (open.proposes(after.start(), after.end(), after.precision())
                    && Objects.equals(new Dates(open.beforeStart, open.beforeEnd, open.beforePrecision), before)) {
                return; // already waiting for an admin
            }
            supersede(open);
        }
        plan.proposals++;
        plan.changes.add(new PlannedChange(ChangeKind.TENURE_DATES_CHANGED, ChangeStatus.PROPOSED, person, office, t,
                p.statementId(), before, after, "Wikidata's dates contradict the " + (t.origin == TenureOrigin.SHIPPED
                        ? "shipped knowledge" : "knowledge edited through the API")));
    }

    /**
     * Whether Wikidata's contradiction of the tenure waits for an admin: a hand edit, or a shipped row the knowledge
     * build took from a source other than Wikidata (the Factbook, the curated file). A row that came from Wikidata,
     * through an import, a sync or the build's Wikidata table, follows Wikidata.
     */
    static boolean curated(Tenure t) {
        return t.origin.curated() && !(t.origin == TenureOrigin.SHIPPED && t.source != null
                && t.source.startsWith(WikidataImport.ENTITY_PAGE));
    }

    private void confirm(Tenure t) {
        plan.confirmed.add(t);
        plan.tenuresConfirmed++;
    }

    private void supersede(KnowledgeChange open) {
        if (open.status == ChangeStatus.PROPOSED && !plan.superseded.contains(open)) {
            open.status = ChangeStatus.SUPERSEDED;
            open.decidedAt = now;
            plan.superseded.add(open);
        }
    }

    private List<KnowledgeChange> decisions(Tenure t, ChangeStatus status) {
        if (t.id == null) {
            return List.of();
        }
        return decisionsByTenure.getOrDefault(t.id, List.of()).stream().filter(c -> c.status == status).toList();
    }

    private void resolveOffices(List<HeldPosition> positions) {
        Map<String, HeldPosition> unknown = new LinkedHashMap<>();
        for (HeldPosition p : positions) {
            if (!officeByWikidataId.containsKey(p.officeId()) && p.officeLabel() != null) {
                unknown.merge(p.officeId(), p, (a, b) -> a.countryLabel() != null ? a : b);
            }
        }
        Set<Office> claimed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (HeldPosition p : unknown.values()) {
            List<Office> named = knowledge.unlinkedOffices().stream()
                    .filter(o -> o.wikidataId == null && !claimed.contains(o) && o.isNamed(p.officeLabel())).toList();
            Office office;
            if (named.size() == 1) {
                office = named.get(0);
                office.wikidataId = p.officeId();
                office.updatedAt = now;
                plan.changes.add(new PlannedChange(ChangeKind.OFFICE_LINKED, ChangeStatus.APPLIED, null, office, null,
                        null, null, null, "linked to " + p.officeId() + " by its name \"" + p.officeLabel() + "\""));
            } else {
                office = new Office();
                office.title = p.officeLabel();
                office.jurisdiction = p.countryLabel();
                office.wikidataId = p.officeId();
                office.knownUntil = asOf;
                office.createdAt = now;
                office.updatedAt = now;
                plan.newOffices.add(office);
                plan.changes.add(new PlannedChange(ChangeKind.OFFICE_ADDED, ChangeStatus.APPLIED, null, office, null,
                        null, null, null, "new on Wikidata: " + p.officeId()));
            }
            claimed.add(office);
            officeByWikidataId.put(p.officeId(), office);
        }
    }

    private void resolvePeople(List<HeldPosition> positions) {
        Map<String, HeldPosition> unknown = new LinkedHashMap<>();
        for (HeldPosition p : positions) {
            if (!personByWikidataId.containsKey(p.personId()) && p.personLabel() != null) {
                unknown.putIfAbsent(p.personId(), p);
            }
        }
        Set<Person> claimed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (HeldPosition p : unknown.values()) {
            String name = p.personLabel().toLowerCase(Locale.ROOT);
            List<Person> namesakes = knowledge.unlinkedPeople().stream()
                    .filter(x -> x.wikidataId == null && !claimed.contains(x) && x.name.toLowerCase(Locale.ROOT).equals(name))
                    .toList();
            Office office = officeByWikidataId.get(p.officeId());
            List<Person> inOffice = office == null || office.id == null ? List.of() : namesakes.stream()
                    .filter(x -> byPersonInOffice.containsKey(new PersonInOffice(x.id, office.id))).toList();
            Person person = inOffice.size() == 1 ? inOffice.get(0) : namesakes.size() == 1 ? namesakes.get(0) : null;
            if (person != null) {
                person.wikidataId = p.personId();
                person.updatedAt = now;
                plan.changes.add(new PlannedChange(ChangeKind.PERSON_LINKED, ChangeStatus.APPLIED, person, null, null,
                        null, null, null, "linked to " + p.personId() + " by the name \"" + p.personLabel() + "\""));
            } else {
                person = new Person();
                person.name = p.personLabel();
                person.wikidataId = p.personId();
                person.createdAt = now;
                person.updatedAt = now;
                plan.newPeople.add(person);
                plan.changes.add(new PlannedChange(ChangeKind.PERSON_ADDED, ChangeStatus.APPLIED, person, null, null,
                        null, null, null, "new on Wikidata: " + p.personId()));
            }
            claimed.add(person);
            personByWikidataId.put(p.personId(), person);
        }
    }

    private void skip(HeldPosition p, String reason) {
        plan.skipped.add(new KnowledgeSync.Skipped(p.statementId(),
                p.personLabel() == null ? p.personId() : p.personLabel() + " (" + p.personId() + ")",
                p.officeLabel() == null ? p.officeId() : p.officeLabel() + " (" + p.officeId() + ")", reason));
    }

    private void index(Tenure t) {
        if (t.wikidataStatementId != null) {
            byStatement.put(t.wikidataStatementId, t);
        }
        byTerm.put(new Term(t.personId, t.officeId, t.startDate), t);
        byPersonInOffice.computeIfAbsent(new PersonInOffice(t.personId, t.officeId), k -> new ArrayList<>()).add(t);
    }

    private void index(Tenure t, Person person, Office office) {
        byStatement.put(t.wikidataStatementId, t);
        byTerm.put(new Term(key(person), key(office), t.startDate), t);
        byPersonInOffice.computeIfAbsent(new PersonInOffice(key(person), key(office)), k -> new ArrayList<>()).add(t);
    }

    /** A row's identity in the indexes: its id, or the object itself while it is new. */
    private static Object key(Person person) {
        return person.id != null ? person.id : new Identity(person);
    }

    private static Object key(Office office) {
        return office.id != null ? office.id : new Identity(office);
    }

    private record Identity(Object row) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.row == row;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(row);
        }
    }

    private record Term(Object person, Object office, LocalDate start) {
    }

    private record PersonInOffice(Object person, Object office) {
    }

    static boolean overlaps(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        return (aEnd == null || bStart.isBefore(aEnd)) && (bEnd == null || aStart.isBefore(bEnd));
    }

    static LocalDate floor(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The offices of a plan's changes, for the re-check (new ones have ids once persisted). */
    static List<UUID> ids(Collection<Office> offices) {
        return offices.stream().map(o -> o.id).filter(Objects::nonNull).distinct().toList();
    }
}
