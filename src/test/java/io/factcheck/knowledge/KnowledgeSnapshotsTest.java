package io.factcheck.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.factcheck.check.KnowledgeSnapshot;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
class KnowledgeSnapshotsTest {

    @Inject
    KnowledgeSnapshots snapshots;

    @Inject
    PersonRepository people;

    @Inject
    OfficeRepository offices;

    @Inject
    TenureRepository tenures;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void holds_the_shipped_knowledge() throws Throwable {
        KnowledgeSnapshot snapshot = current();

        KnowledgeSnapshot.Person hunSen = snapshot.people().stream().filter(p -> p.name().equals("Hun Sen"))
                .findFirst().orElseThrow();
        KnowledgeSnapshot.Office pm = snapshot.offices().stream()
                .filter(o -> o.title().equals("Prime Minister") && "Cambodia".equals(o.jurisdiction()))
                .findFirst().orElseThrow();
        assertThat(hunSen.aliases()).contains("Samdech Techo Hun Sen");
        assertThat(pm.adjectives()).startsWith("Cambodian").contains("Cambodia");
        assertThat(snapshot.tenures())
                .filteredOn(t -> t.personId().equals(hunSen.id()) && t.officeId().equals(pm.id()))
                .extracting(KnowledgeSnapshot.Tenure::end)
                .contains(LocalDate.parse("2023-08-22"));
    }

    @Test
    void reflects_edits_made_through_the_api_without_a_restart() throws Throwable {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Snapshot Person " + t, "S. Person " + t);
        String officeId = KnowledgeApi.createOffice("Doge " + t, "Testland");
        String tenureId = KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2020-01-01", null, "DAY"));

        KnowledgeSnapshot before = current();
        assertThat(before.people()).contains(
                new KnowledgeSnapshot.Person(personId, "Snapshot Person " + t, List.of("S. Person " + t)));
        assertThat(before.tenures()).contains(new KnowledgeSnapshot.Tenure(tenureId, personId, officeId,
                LocalDate.parse("2020-01-01"), null, DatePrecision.DAY, "https://example.org/terms/" + officeId));

        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, "2020-01-01", "2024-01-01", "DAY"))
                .when().put("/api/v1/tenures/" + tenureId).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "Renamed Snapshot Person " + t))
                .when().put("/api/v1/people/" + personId).then().statusCode(200);

        KnowledgeSnapshot after = current();
        assertThat(after.tenures()).filteredOn(x -> x.id().equals(tenureId))
                .extracting(KnowledgeSnapshot.Tenure::end).containsExactly(LocalDate.parse("2024-01-01"));
        assertThat(after.people()).filteredOn(p -> p.id().equals(personId))
                .extracting(KnowledgeSnapshot.Person::name).containsExactly("Renamed Snapshot Person " + t);

        given().when().delete("/api/v1/offices/" + officeId).then().statusCode(204);

        KnowledgeSnapshot afterDelete = current();
        assertThat(afterDelete.offices()).noneMatch(o -> o.id().equals(officeId));
        assertThat(afterDelete.tenures()).noneMatch(x -> x.id().equals(tenureId));
    }

    @Test
    void serves_the_same_snapshot_until_the_knowledge_changes() throws Throwable {
        KnowledgeSnapshot first = current();
        assertThat(current()).isSameAs(first);

        String personId = KnowledgeApi.createPerson("Newcomer " + KnowledgeApi.unique());

        KnowledgeSnapshot next = current();
        assertThat(next).isNotSameAs(first);
        assertThat(next.people()).anyMatch(p -> p.id().equals(personId));
        assertThat(next.people()).hasSize(first.people().size() + 1);
    }

    @Test
    void sees_a_wikidata_import_without_a_restart() throws Throwable {
        WikidataFixture fixture = new WikidataFixture();
        current();

        given().contentType(ContentType.JSON).body(fixture.json(WikidataFixture.ENTITY_DATA))
                .when().post("/api/v1/knowledge/import/wikidata").then().statusCode(200);

        assertThat(current().people()).anyMatch(p -> p.name().equals(fixture.name("Ilse Marwick")));
    }

    @Test
    void a_snapshot_made_from_the_rows_equals_the_one_read_back_from_the_database() throws Throwable {
        KnowledgeApi.createPerson("Row Person " + KnowledgeApi.unique()); // an id of the API's generator too

        KnowledgeSnapshot made = fromRows();
        snapshots.invalidate();

        assertThat(made).isEqualTo(current()); // same values, in the same order: the checker compiles the same
    }

    @Test
    void serves_what_a_write_committed_without_reading_it_back_unless_another_write_came_between() throws Throwable {
        try {
            long mark = snapshots.mark();
            KnowledgeSnapshot written = fromRows();
            snapshots.committed(mark, written);
            assertThat(current()).isSameAs(written);

            long staleMark = snapshots.mark();
            KnowledgeSnapshot staged = fromRows();
            String personId = KnowledgeApi.createPerson("Between " + KnowledgeApi.unique());
            snapshots.committed(staleMark, staged);

            KnowledgeSnapshot served = current();
            assertThat(served).isNotSameAs(staged);
            assertThat(served.people()).anyMatch(p -> p.id().equals(personId));
        } finally {
            snapshots.invalidate();
        }
    }

    @Test
    void orders_ids_as_postgresql_does() {
        UUID low = UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff");
        UUID high = UUID.fromString("80000000-0000-7000-8000-000000000000");

        assertThat(low.compareTo(high)).isPositive(); // signed: what a plain sort would get wrong
        assertThat(KnowledgeSnapshots.compareAsDatabase(low, high)).isNegative();
        assertThat(KnowledgeSnapshots.compareAsDatabase(high, high)).isZero();
    }

    private KnowledgeSnapshot fromRows() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> people.listAll()
                .chain(p -> offices.listAll().chain(o -> tenures.listAll()
                        .map(t -> KnowledgeSnapshots.of(p, o, t))))));
    }

    private KnowledgeSnapshot current() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> snapshots.current());
    }
}
