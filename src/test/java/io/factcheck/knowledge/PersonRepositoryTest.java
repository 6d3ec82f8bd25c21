package io.factcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.common.Timestamps;
import io.factcheck.common.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;

@QuarkusTest
class PersonRepositoryTest {

    @Inject
    PersonRepository people;

    @Test
    @RunOnVertxContext
    void stores_aliases_as_a_text_array_and_finds_people_by_any_alias(UniAsserter asserter) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Person person = person("Repository Person " + marker, "Alias Ünïcode " + marker, "Second-" + marker);

        asserter.execute(() -> Panache.withTransaction(() -> people.persist(person)));
        asserter.assertThat(() -> Panache.withSession(() -> people.findById(person.id)),
                found -> assertThat(found.aliases).containsExactly("Alias Ünïcode " + marker, "Second-" + marker));
        asserter.assertThat(() -> Panache.withSession(() -> people.list("ÜNÏCODE " + marker.toUpperCase(), firstPage())),
                found -> assertThat(found).extracting(p -> p.id).containsExactly(person.id));
        asserter.assertThat(() -> Panache.withSession(() -> people.list("repository PERSON " + marker, firstPage())),
                found -> assertThat(found).extracting(p -> p.id).containsExactly(person.id));
    }

    @Test
    @RunOnVertxContext
    void keeps_the_search_text_current_when_aliases_change(UniAsserter asserter) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Person person = person("Renamed Person " + marker, "Old-" + marker);

        asserter.execute(() -> Panache.withTransaction(() -> people.persist(person)));
        asserter.execute(() -> Panache.withTransaction(() -> people.findById(person.id)
                .invoke(found -> found.aliases = List.of("New-" + marker))));
        asserter.assertThat(() -> Panache.withSession(() -> people.list("old-" + marker, firstPage())),
                found -> assertThat(found).isEmpty());
        asserter.assertThat(() -> Panache.withSession(() -> people.list("new-" + marker, firstPage())),
                found -> assertThat(found).extracting(p -> p.id).containsExactly(person.id));
    }

    @Test
    @RunOnVertxContext
    void treats_like_wildcards_in_the_query_as_plain_characters(UniAsserter asserter) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Person person = person("Wildcard Person " + marker);

        asserter.execute(() -> Panache.withTransaction(() -> people.persist(person)));
        asserter.assertThat(() -> Panache.withSession(() -> people.list("Wildcard%" + marker, firstPage())),
                found -> assertThat(found).isEmpty());
        asserter.assertThat(() -> Panache.withSession(() -> people.list("Wildcard_Person", firstPage())),
                found -> assertThat(found).isEmpty());
    }

    @Test
    @RunOnVertxContext
    void finds_people_without_a_wikidata_id_by_exact_name_in_any_case(UniAsserter asserter) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Person unlinked = person("Émile Łukasz " + marker, "Other Name " + marker);
        Person linked = person("Émile Łukasz " + marker);
        linked.wikidataId = KnowledgeApi.uniqueWikidataId();
        Person longer = person("Émile Łukasz " + marker + " Jr.");

        asserter.execute(() -> Panache.withTransaction(() -> people.persist(unlinked, linked, longer)));
        asserter.assertThat(() -> Panache.withSession(() -> people.findUnlinkedByNames(
                List.of("ÉMILE ŁUKASZ " + marker.toUpperCase(), "Other Name " + marker))),
                found -> assertThat(found).extracting(p -> p.id).containsExactly(unlinked.id));
    }

    private static Person person(String name, String... aliases) {
        Person person = new Person();
        person.name = name;
        person.aliases = List.of(aliases);
        person.createdAt = Timestamps.now();
        person.updatedAt = person.createdAt;
        return person;
    }

    private static PageRequest firstPage() {
        return PageRequest.of(null, null);
    }
}
