package io.factcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.factcheck.common.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;

@QuarkusTest
class TenureRepositoryTest {

    @Inject
    PersonRepository people;

    @Inject
    OfficeRepository offices;

    @Inject
    TenureRepository tenures;

    @Test
    @RunOnVertxContext
    void loads_the_tenures_of_several_people_with_their_offices_in_one_query(UniAsserter asserter) {
        String t = KnowledgeApi.unique();
        Person first = person("First " + t);
        Person second = person("Second " + t);
        Person none = person("None " + t);
        Office office = new Office();
        office.title = "Warden " + t;
        office.jurisdiction = "Testland";
        office.createdAt = Timestamps.now();
        office.updatedAt = office.createdAt;

        asserter.execute(() -> Panache.withTransaction(() -> people.persist(first, second, none)
                .chain(() -> offices.persist(office))
                .chain(() -> tenures.persist(tenure(first, office, "2001-01-01"), tenure(first, office, "1990-01-01"),
                        tenure(second, office, "2010-01-01")))));
        asserter.assertThat(() -> Panache.withSession(() -> tenures.withOffices(List.of(first.id, second.id, none.id))),
                rows -> {
                    assertThat(rows).extracting(r -> r.tenure().personId)
                            .containsExactly(first.id, first.id, second.id);
                    assertThat(rows).extracting(r -> r.tenure().startDate.toString())
                            .containsExactly("1990-01-01", "2001-01-01", "2010-01-01");
                    assertThat(rows).extracting(r -> r.office().name()).containsOnly("Warden " + t + " of Testland");
                });
        asserter.assertThat(() -> Panache.withSession(() -> tenures.withOffices(List.of())),
                rows -> assertThat(rows).isEmpty());
    }

    private static Person person(String name) {
        Person person = new Person();
        person.name = name;
        person.createdAt = Timestamps.now();
        person.updatedAt = person.createdAt;
        return person;
    }

    private static Tenure tenure(Person person, Office office, String start) {
        Tenure tenure = new Tenure();
        tenure.personId = person.id;
        tenure.officeId = office.id;
        tenure.startDate = LocalDate.parse(start);
        tenure.precision = DatePrecision.DAY;
        tenure.source = "https://example.org/" + start;
        tenure.createdAt = Timestamps.now();
        tenure.updatedAt = tenure.createdAt;
        return tenure;
    }
}
