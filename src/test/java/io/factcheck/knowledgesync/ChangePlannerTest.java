package io.factcheck.knowledgesync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.knowledge.DatePrecision;
import io.factcheck.knowledge.Office;
import io.factcheck.knowledge.Person;
import io.factcheck.knowledge.Tenure;
import io.factcheck.knowledge.TenureOrigin;

/** The rules of a change set, on rows in memory: what is applied, what waits for an admin, what is skipped. */
class ChangePlannerTest {

    private static final Instant NOW = Instant.parse("2026-03-05T03:00:00Z");
    private static final LocalDate AS_OF = LocalDate.parse("2026-03-05");

    private final Map<String, Office> offices = new HashMap<>();
    private final List<Office> unlinkedOffices = new ArrayList<>();
    private final Map<String, Person> people = new HashMap<>();
    private final List<Person> unlinkedPeople = new ArrayList<>();
    private final List<Tenure> tenures = new ArrayList<>();
    private final List<KnowledgeChange> decisions = new ArrayList<>();

    private final Office pm = office("Prime Minister", "Norrland", "Q2");
    private final Person oskar = person("Oskar Vellamo", "Q11");

    @Test
    void a_new_holder_is_added_with_a_new_person() {
        ChangePlanner.Plan plan = plan(position("Q12", "Hedda Lindqvist", "2025-02-01", null, DatePrecision.DAY));

        assertThat(plan.newPeople).extracting(p -> p.name, p -> p.wikidataId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hedda Lindqvist", "Q12"));
        assertThat(plan.newTenures).hasSize(1);
        Tenure added = plan.newTenures.get(0).tenure();
        assertThat(added.startDate).isEqualTo(LocalDate.parse("2025-02-01"));
        assertThat(added.origin).isEqualTo(TenureOrigin.WIKIDATA);
        assertThat(added.source).isEqualTo("https://www.wikidata.org/wiki/Q12");
        assertThat(added.wikidataStatementId).isEqualTo("Q12$S");
        assertThat(plan.changedOffices).containsExactly(pm);
        assertThat(kinds(plan)).containsExactly("PERSON_ADDED APPLIED", "TENURE_ADDED APPLIED");
    }

    @Test
    void the_end_of_an_open_shipped_term_is_applied() {
        Tenure term = tenure(oskar, pm, "2019-07-15", null, DatePrecision.DAY, TenureOrigin.SHIPPED);

        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-15", "2025-02-01", DatePrecision.DAY));

        assertThat(term.endDate).isEqualTo(LocalDate.parse("2025-02-01"));
        assertThat(term.origin).as("still the shipped row, with an end").isEqualTo(TenureOrigin.SHIPPED);
        assertThat(term.wikidataStatementId).isEqualTo("Q11$S");
        assertThat(term.confirmedAt).as("changed, so confirmed with the change").isEqualTo(NOW);
        assertThat(plan.tenuresEnded).isEqualTo(1);
        assertThat(kinds(plan)).containsExactly("TENURE_ENDED APPLIED");
        assertThat(plan.changedOffices).containsExactly(pm);
    }

    @Test
    void a_start_that_contradicts_a_hand_edited_term_is_proposed_and_not_applied() {
        Tenure term = tenure(oskar, pm, "2019-07-15", null, DatePrecision.DAY, TenureOrigin.API);

        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-18", null, DatePrecision.DAY));

        assertThat(term.startDate).isEqualTo(LocalDate.parse("2019-07-15"));
        assertThat(plan.proposals).isEqualTo(1);
        ChangePlanner.PlannedChange proposal = plan.changes.get(0);
        assertThat(proposal.status()).isEqualTo(ChangeStatus.PROPOSED);
        assertThat(proposal.before().start()).isEqualTo(LocalDate.parse("2019-07-15"));
        assertThat(proposal.after().start()).isEqualTo(LocalDate.parse("2019-07-18"));
        assertThat(proposal.reason()).contains("knowledge edited through the API");
        assertThat(plan.changedOffices).as("nothing applied, nothing to re-check").isEmpty();
    }

    @Test
    void other_dates_for_a_term_from_wikidata_are_applied() {
        Tenure term = tenure(oskar, pm, "2019-07-15", null, DatePrecision.DAY, TenureOrigin.WIKIDATA);
        term.wikidataStatementId = "Q11$S";

        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-18", null, DatePrecision.DAY));

        assertThat(term.startDate).isEqualTo(LocalDate.parse("2019-07-18"));
        assertThat(kinds(plan)).containsExactly("TENURE_DATES_CHANGED APPLIED");
    }

    @Test
    void a_shipped_term_the_build_took_from_wikidata_follows_wikidata() {
        Tenure term = tenure(oskar, pm, "2019-07-15", null, DatePrecision.DAY, TenureOrigin.SHIPPED);
        term.source = "https://www.wikidata.org/wiki/Q11";

        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-18", null, DatePrecision.DAY));

        assertThat(term.startDate).isEqualTo(LocalDate.parse("2019-07-18"));
        assertThat(term.origin).isEqualTo(TenureOrigin.SHIPPED);
        assertThat(kinds(plan)).containsExactly("TENURE_DATES_CHANGED APPLIED");
    }

    @Test
    void a_finer_date_that_agrees_is_applied_and_a_coarser_one_confirms() {
        Tenure monthly = tenure(oskar, pm, "2019-07-01", null, DatePrecision.MONTH, TenureOrigin.SHIPPED);
        ChangePlanner.Plan finer = plan(position("Q11", "Oskar Vellamo", "2019-07-15", null, DatePrecision.DAY));
        assertThat(monthly.startDate).isEqualTo(LocalDate.parse("2019-07-15"));
        assertThat(monthly.precision).isEqualTo(DatePrecision.DAY);
        assertThat(kinds(finer)).containsExactly("TENURE_DATES_CHANGED APPLIED");

        ChangePlanner.Plan coarser = plan(position("Q11", "Oskar Vellamo", "2019-01-01", null, DatePrecision.YEAR));
        assertThat(monthly.startDate).isEqualTo(LocalDate.parse("2019-07-15"));
        assertThat(coarser.tenuresConfirmed).isEqualTo(1);
        assertThat(coarser.changes).isEmpty();
    }

    @Test
    void an_open_curated_term_ended_on_another_start_gets_its_end_and_a_proposal_for_its_start() {
        Tenure term = tenure(oskar, pm, "2019-07-15", null, DatePrecision.DAY, TenureOrigin.SHIPPED);

        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-18", "2025-02-01", DatePrecision.DAY));

        assertThat(term.startDate).isEqualTo(LocalDate.parse("2019-07-15"));
        assertThat(term.endDate).isEqualTo(LocalDate.parse("2025-02-01"));
        assertThat(kinds(plan)).containsExactly("TENURE_ENDED APPLIED", "TENURE_DATES_CHANGED PROPOSED");
        ChangePlanner.PlannedChange proposal = plan.changes.get(1);
        assertThat(proposal.before()).as("made against the dates after the applied end")
                .isEqualTo(new ChangePlanner.Dates(LocalDate.parse("2019-07-15"), LocalDate.parse("2025-02-01"),
                        DatePrecision.DAY));
    }

    @Test
    void no_end_on_wikidata_leaves_a_known_end_and_says_so() {
        Tenure term = tenure(oskar, pm, "2019-07-15", "2025-02-01", DatePrecision.DAY, TenureOrigin.SHIPPED);

        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-15", null, DatePrecision.DAY));

        assertThat(term.endDate).isEqualTo(LocalDate.parse("2025-02-01"));
        assertThat(plan.changes).isEmpty();
        assertThat(plan.skipped).extracting(KnowledgeSync.Skipped::reason)
                .containsExactly("Wikidata gives no end; the knowledge's end (2025-02-01) stays");
    }

    @Test
    void a_rejected_proposal_is_not_made_again_and_an_open_one_not_twice() {
        Tenure term = tenure(oskar, pm, "2019-07-15", null, DatePrecision.DAY, TenureOrigin.API);
        KnowledgeChange rejected = decision(term, "2019-07-18", ChangeStatus.REJECTED);

        ChangePlanner.Plan again = plan(position("Q11", "Oskar Vellamo", "2019-07-18", null, DatePrecision.DAY));
        assertThat(again.proposals).isZero();
        assertThat(again.skipped).extracting(KnowledgeSync.Skipped::reason).singleElement().asString()
                .startsWith("an admin rejected these dates");

        decisions.remove(rejected);
        decision(term, "2019-07-18", ChangeStatus.PROPOSED);
        assertThat(plan(position("Q11", "Oskar Vellamo", "2019-07-18", null, DatePrecision.DAY)).changes)
                .as("already waiting").isEmpty();
    }

    @Test
    void other_dates_supersede_an_open_proposal() {
        Tenure term = tenure(oskar, pm, "2019-07-15", null, DatePrecision.DAY, TenureOrigin.API);
        KnowledgeChange open = decision(term, "2019-07-18", ChangeStatus.PROPOSED);

        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-20", null, DatePrecision.DAY));

        assertThat(open.status).isEqualTo(ChangeStatus.SUPERSEDED);
        assertThat(plan.superseded).containsExactly(open);
        assertThat(plan.proposals).isEqualTo(1);
    }

    @Test
    void the_same_statement_again_only_confirms() {
        Tenure term = tenure(oskar, pm, "2019-07-15", "2025-02-01", DatePrecision.DAY, TenureOrigin.WIKIDATA);
        term.wikidataStatementId = "Q11$S";

        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-15", "2025-02-01", DatePrecision.DAY));

        assertThat(plan.changes).isEmpty();
        assertThat(plan.newTenures).isEmpty();
        assertThat(plan.tenuresConfirmed).isEqualTo(1);
        assertThat(plan.confirmed).as("its confirmedAt is written apart from the row").containsExactly(term);
        assertThat(term.confirmedAt).isNull();
    }

    @Test
    void people_and_offices_without_a_wikidata_id_are_linked_by_name_else_created() {
        people.clear();
        Person unlinked = person("Oskar Vellamo", null);
        unlinkedPeople.add(unlinked);
        Office speaker = office("Speaker of the Norrland Parliament", null, null);
        unlinkedOffices.add(speaker);
        tenure(unlinked, pm, "2019-07-15", null, DatePrecision.DAY, TenureOrigin.SHIPPED);

        HeldPosition inUnknownOffice = new HeldPosition("Q14$S", "Q14", "Ebba Sund", "Q4",
                "Speaker of the Norrland Parliament", "Q1", "Norrland", LocalDate.parse("2022-10-01"), null,
                DatePrecision.MONTH, null);
        HeldPosition inNewOffice = new HeldPosition("Q15$S", "Q15", "Mikael Orsa", "Q5", "Chancellor of Norrland",
                "Q1", "Norrland", LocalDate.parse("2023-01-01"), null, DatePrecision.YEAR, null);
        ChangePlanner.Plan plan = plan(position("Q11", "Oskar Vellamo", "2019-07-15", null, DatePrecision.DAY),
                inUnknownOffice, inNewOffice);

        assertThat(unlinked.wikidataId).isEqualTo("Q11");
        assertThat(speaker.wikidataId).isEqualTo("Q4");
        assertThat(plan.newOffices).singleElement().satisfies(o -> {
            assertThat(o.title).isEqualTo("Chancellor of Norrland");
            assertThat(o.jurisdiction).isEqualTo("Norrland");
            assertThat(o.wikidataId).isEqualTo("Q5");
            assertThat(o.knownUntil).isEqualTo(AS_OF);
        });
        assertThat(kinds(plan)).contains("PERSON_LINKED APPLIED", "OFFICE_LINKED APPLIED", "OFFICE_ADDED APPLIED",
                "PERSON_ADDED APPLIED");
        assertThat(plan.tenuresConfirmed).as("the linked person's term, by person, office and start").isEqualTo(1);
    }

    @Test
    void a_statement_of_a_person_the_answer_cannot_name_is_skipped() {
        HeldPosition nameless = new HeldPosition("Q99$S", "Q99", null, "Q2", "Prime Minister of Norrland", null, null,
                LocalDate.parse("2025-01-01"), null, DatePrecision.DAY, null);
        ChangePlanner.Plan plan = plan(nameless);
        assertThat(plan.newTenures).isEmpty();
        assertThat(plan.skipped).extracting(KnowledgeSync.Skipped::reason).singleElement().asString()
                .contains("gives no English label");
    }

    private ChangePlanner.Plan plan(HeldPosition... positions) {
        return ChangePlanner.plan(List.of(positions), new ChangePlanner.Knowledge(offices, unlinkedOffices, people,
                unlinkedPeople, tenures, decisions), NOW, AS_OF);
    }

    private HeldPosition position(String person, String label, String start, String end, DatePrecision precision) {
        return new HeldPosition(person + "$S", person, label, "Q2", "Prime Minister of Norrland", "Q1", "Norrland",
                LocalDate.parse(start), end == null ? null : LocalDate.parse(end), precision, null);
    }

    private Office office(String title, String jurisdiction, String wikidataId) {
        Office o = new Office();
        o.id = UUID.randomUUID();
        o.title = title;
        o.jurisdiction = jurisdiction;
        o.wikidataId = wikidataId;
        if (wikidataId != null) {
            offices.put(wikidataId, o);
        }
        return o;
    }

    private Person person(String name, String wikidataId) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.name = name;
        p.wikidataId = wikidataId;
        if (wikidataId != null) {
            people.put(wikidataId, p);
        }
        return p;
    }

    private Tenure tenure(Person person, Office office, String start, String end, DatePrecision precision,
            TenureOrigin origin) {
        Tenure t = new Tenure();
        t.id = UUID.randomUUID();
        t.personId = person.id;
        t.officeId = office.id;
        t.startDate = LocalDate.parse(start);
        t.endDate = end == null ? null : LocalDate.parse(end);
        t.precision = precision;
        t.origin = origin;
        t.source = "https://example.org/" + start;
        tenures.add(t);
        return t;
    }

    private KnowledgeChange decision(Tenure term, String start, ChangeStatus status) {
        KnowledgeChange c = new KnowledgeChange();
        c.id = UUID.randomUUID();
        c.kind = ChangeKind.TENURE_DATES_CHANGED;
        c.status = status;
        c.tenureId = term.id;
        c.beforeStart = term.startDate;
        c.beforeEnd = term.endDate;
        c.beforePrecision = term.precision;
        c.afterStart = LocalDate.parse(start);
        c.afterPrecision = DatePrecision.DAY;
        c.decidedAt = status == ChangeStatus.REJECTED ? NOW.minusSeconds(86_400) : null;
        decisions.add(c);
        return c;
    }

    private static List<String> kinds(ChangePlanner.Plan plan) {
        return plan.changes.stream().map(c -> c.kind() + " " + c.status()).toList();
    }
}
