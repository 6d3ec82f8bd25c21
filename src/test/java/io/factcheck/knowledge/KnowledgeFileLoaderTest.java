package io.factcheck.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

@QuarkusTest
class KnowledgeFileLoaderTest {

    @Inject
    KnowledgeFileLoader loader;

    @Inject
    PersonRepository people;

    @Inject
    OfficeRepository offices;

    @Inject
    TenureRepository tenures;

    @Inject
    Pool pool;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void loads_the_shipped_knowledge_at_start_up() {
        given().queryParam("q", "hun sen").queryParam("limit", 200)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.findAll { it.name == 'Hun Sen' }", hasSize(1))
                .body("items.find { it.name == 'Hun Sen' }.key", equalTo("hun-sen"))
                .body("items.find { it.name == 'Hun Sen' }.tenures.find { it.end == '2023-08-22' }.office.name",
                        equalTo("Prime Minister of Cambodia"))
                .body("items.find { it.name == 'Hun Sen' }.tenures.find { it.end == '2023-08-22' }.start",
                        equalTo("1998-11-30"))
                .body("items.find { it.name == 'Hun Sen' }.tenures.find { it.end == '2023-08-22' }.precision",
                        equalTo("DAY"));

        given().queryParam("q", "Hun Manet")
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].tenures[0].office.name", equalTo("Prime Minister of Cambodia"))
                .body("items[0].tenures[0].start", equalTo("2023-08-22"))
                .body("items[0].tenures[0].end", nullValue())
                .body("items[0].tenures[0].source", equalTo("https://en.wikipedia.org/wiki/Hun_Manet"));
    }

    @Test
    void loading_the_shipped_file_again_adds_nothing() throws Throwable {
        KnowledgeFile file = KnowledgeFile.fromClasspath();
        List<Long> before = rowCounts();

        KnowledgeLoad skipped = VertxContextSupport.subscribeAndAwait(() -> loader.load(file));
        KnowledgeLoad forced = VertxContextSupport.subscribeAndAwait(() -> loader.reload(file));

        assertThat(skipped).as("the version's marker is already there").isNull();
        assertThat(forced).isEqualTo(new KnowledgeLoad(file.version(), 0, 0, 0, 0, 0, 0, 0));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void a_newer_file_version_updates_rows_by_key_and_never_duplicates() throws Throwable {
        String t = KnowledgeApi.unique();
        KnowledgeFile.FilePerson person = new KnowledgeFile.FilePerson("person-" + t, "Filed Person " + t,
                List.of("F. Person " + t), null, "first version");
        KnowledgeFile.FileOffice office = new KnowledgeFile.FileOffice("office-" + t, "Filed Office " + t, "Testland",
                List.of("Testlandic"), List.of(), null, LocalDate.parse("2026-01-21"));
        KnowledgeFile.FileTenure first = new KnowledgeFile.FileTenure(person.key(), office.key(),
                LocalDate.parse("2001-01-01"), LocalDate.parse("2005-01-01"), DatePrecision.YEAR,
                "https://example.org/first", null);
        KnowledgeFile.FileTenure second = new KnowledgeFile.FileTenure(person.key(), office.key(),
                LocalDate.parse("2010-05-03"), null, DatePrecision.DAY, "https://example.org/second", null);
        KnowledgeFile v1 = new KnowledgeFile("test-" + t + ".1", List.of(person), List.of(office),
                List.of(first, second)).validated();

        KnowledgeLoad load1 = VertxContextSupport.subscribeAndAwait(() -> loader.load(v1));
        assertThat(load1).isEqualTo(new KnowledgeLoad(v1.version(), 1, 0, 1, 0, 2, 0, 0));

        KnowledgeFile.FilePerson renamed = new KnowledgeFile.FilePerson(person.key(), "Filed Person " + t,
                List.of("F. Person " + t, "Second Alias " + t), null, "second version");
        KnowledgeFile.FileTenure ended = new KnowledgeFile.FileTenure(person.key(), office.key(),
                LocalDate.parse("2010-05-03"), LocalDate.parse("2014-05-03"), DatePrecision.DAY,
                "https://example.org/second", "ended");
        KnowledgeFile.FileTenure corrected = new KnowledgeFile.FileTenure(person.key(), office.key(),
                LocalDate.parse("2000-01-01"), LocalDate.parse("2005-01-01"), DatePrecision.YEAR,
                "https://example.org/first", "start corrected");
        KnowledgeFile v2 = new KnowledgeFile("test-" + t + ".2", List.of(renamed), List.of(office),
                List.of(corrected, ended)).validated();

        KnowledgeLoad load2 = VertxContextSupport.subscribeAndAwait(() -> loader.load(v2));
        assertThat(load2).isEqualTo(new KnowledgeLoad(v2.version(), 0, 1, 0, 0, 1, 1, 1));

        given().queryParam("q", "filed person " + t)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].description", equalTo("second version"))
                .body("items[0].aliases", hasSize(2))
                .body("items[0].version", equalTo(1))
                .body("items[0].tenures", hasSize(2))
                .body("items[0].tenures[0].start", equalTo("2000-01-01"))
                .body("items[0].tenures[0].note", equalTo("start corrected"))
                .body("items[0].tenures[1].end", equalTo("2014-05-03"))
                .body("items[0].tenures[1].office.name", equalTo("Filed Office " + t + " of Testland"));
    }

    @Test
    void a_first_load_that_finds_knowledge_in_the_database_is_loaded_as_an_update_instead() throws Throwable {
        String t = KnowledgeApi.unique();
        KnowledgeFile.FileOffice office = new KnowledgeFile.FileOffice("office-" + t, "Raced Office " + t, "Testland",
                List.of(), List.of(), null, null);
        KnowledgeFile v1 = new KnowledgeFile("test-" + t + ".1", List.of(new KnowledgeFile.FilePerson("person-" + t,
                "Raced Person " + t, List.of(), null, "first version")), List.of(office), List.of()).validated();
        VertxContextSupport.subscribeAndAwait(() -> loader.load(v1));
        KnowledgeFile v2 = new KnowledgeFile("test-" + t + ".2", List.of(new KnowledgeFile.FilePerson("person-" + t,
                "Raced Person " + t, List.of(), null, "second version")), List.of(office), List.of()).validated();
        List<Long> before = rowCounts();

        // as a start that saw no knowledge would, had another instance stored some since
        KnowledgeLoad load = VertxContextSupport.subscribeAndAwait(
                () -> loader.load(v2, CompletableFuture.completedFuture(loader.firstLoad(v2))));

        assertThat(load).isEqualTo(new KnowledgeLoad(v2.version(), 0, 1, 0, 0, 0, 0, 0));
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(loadedAt(KnowledgeFileLoader.LOAD_PREFIX + v2.version())).isNotNull();
        given().queryParam("q", "raced person " + t)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].description", equalTo("second version"));
    }

    @Test
    void an_update_of_a_row_changed_since_it_was_read_fails_and_writes_nothing() throws Throwable {
        String t = KnowledgeApi.unique();
        String editedId = KnowledgeApi.createPerson("Stale Person " + t);
        String untouchedId = KnowledgeApi.createPerson("Current Person " + t);
        given().contentType(ContentType.JSON).body(Map.of("name", "Edited Person " + t))
                .when().put("/api/v1/people/" + editedId).then().statusCode(200); // version 1 now
        Person stale = update(editedId, 0, "Overwritten Person " + t); // as read before the edit
        Person current = update(untouchedId, 0, "Renamed Person " + t);

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> pool.withTransaction(connection ->
                KnowledgeLoadSql.write(connection, KnowledgeLoadSql.updatePeople(List.of(stale, current))))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrote 1 of 2");
        given().when().get("/api/v1/people/" + editedId)
                .then().statusCode(200)
                .body("name", equalTo("Edited Person " + t))
                .body("version", equalTo(1));
        given().when().get("/api/v1/people/" + untouchedId) // its update was rolled back with the statement
                .then().statusCode(200)
                .body("name", equalTo("Current Person " + t))
                .body("version", equalTo(0));
    }

    private static Person update(String id, long version, String name) {
        Person person = new Person();
        person.id = UUID.fromString(id);
        person.version = version;
        person.name = name;
        person.updatedAt = Instant.now();
        return person;
    }

    @Test
    void rejects_a_file_whose_tenure_names_an_unknown_person() {
        KnowledgeFile broken = new KnowledgeFile("broken", List.of(), List.of(), List.of(
                new KnowledgeFile.FileTenure("nobody", "nothing", LocalDate.parse("2000-01-01"), null,
                        DatePrecision.DAY, "https://example.org", null)));
        org.assertj.core.api.Assertions.assertThatThrownBy(broken::validated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nobody/nothing/2000-01-01");
    }

    @Test
    void loads_before_the_seed_corpus() throws Throwable {
        assertThat(KnowledgeFileLoader.STARTUP_PRIORITY).isLessThan(Interceptor.Priority.APPLICATION + 500);
        OffsetDateTime knowledge = loadedAt(KnowledgeFileLoader.LOAD_PREFIX + KnowledgeFile.fromClasspath().version());
        OffsetDateTime seed = loadedAt("seed-corpus-v1");
        assertThat(knowledge).isBefore(seed);
    }

    private OffsetDateTime loadedAt(String name) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select loaded_at from data_load where name = :name",
                        OffsetDateTime.class).setParameter("name", name).getSingleResult())));
    }

    private List<Long> rowCounts() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> people.count()
                .chain(p -> offices.count().chain(o -> tenures.count().map(t -> List.of(p, o, t))))));
    }
}
