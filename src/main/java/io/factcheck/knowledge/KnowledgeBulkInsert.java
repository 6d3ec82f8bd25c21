package io.factcheck.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Inserts many new knowledge rows in one statement per table: the rows go to PostgreSQL as one JSON array, which
 * {@code jsonb_to_recordset} turns back into rows. A first load of the world knowledge inserts ~8,000 rows; one
 * round trip per row (or per batch of a few hundred) took seconds of start-up. Ids, versions and search texts are set
 * here as the entities' own callbacks would set them. The parameter is sent as text and cast: the client would encode
 * a String bound straight to jsonb as one JSON string.
 */
final class KnowledgeBulkInsert {

    private KnowledgeBulkInsert() {
    }

    static Uni<Void> people(Mutiny.Session session, List<Person> rows) {
        return insert(session, rows, """
                insert into person (id, key, name, aliases, wikidata_id, description, search_text, version,
                                    created_at, updated_at)
                select id, key, name, aliases, wikidata_id, description, search_text, 0, created_at, updated_at
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, key text, name text, aliases text[],
                     wikidata_id text, description text, search_text text, created_at timestamptz,
                     updated_at timestamptz)""", p -> {
                    p.indexNames();
                    return new JsonObject().put("id", p.id.toString()).put("key", p.key).put("name", p.name)
                            .put("aliases", new JsonArray(p.aliases)).put("wikidata_id", p.wikidataId)
                            .put("description", p.description).put("search_text", p.searchText)
                            .put("created_at", p.createdAt.toString()).put("updated_at", p.updatedAt.toString());
                });
    }

    static Uni<Void> offices(Mutiny.Session session, List<Office> rows) {
        return insert(session, rows, """
                insert into office (id, key, title, jurisdiction, adjectives, aliases, wikidata_id, known_until,
                                    version, created_at, updated_at)
                select id, key, title, jurisdiction, adjectives, aliases, wikidata_id, known_until, 0, created_at,
                       updated_at
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, key text, title text, jurisdiction text,
                     adjectives text[], aliases text[], wikidata_id text, known_until date, created_at timestamptz,
                     updated_at timestamptz)""", o -> new JsonObject().put("id", o.id.toString()).put("key", o.key)
                        .put("title", o.title).put("jurisdiction", o.jurisdiction)
                        .put("adjectives", new JsonArray(o.adjectives)).put("aliases", new JsonArray(o.aliases))
                        .put("wikidata_id", o.wikidataId).put("known_until", text(o.knownUntil))
                        .put("created_at", o.createdAt.toString()).put("updated_at", o.updatedAt.toString()));
    }

    static Uni<Void> tenures(Mutiny.Session session, List<Tenure> rows) {
        return insert(session, rows, """
                insert into tenure (id, key, person_id, office_id, start_date, end_date, precision, source, note,
                                    origin, confirmed_at, version, created_at, updated_at)
                select id, key, person_id, office_id, start_date, end_date, precision, source, note, origin,
                       confirmed_at, 0, created_at, updated_at
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, key text, person_id uuid, office_id uuid,
                     start_date date, end_date date, precision text, source text, note text, origin text,
                     confirmed_at timestamptz, created_at timestamptz, updated_at timestamptz)""",
                t -> new JsonObject().put("id", t.id.toString()).put("key", t.key)
                        .put("person_id", t.personId.toString()).put("office_id", t.officeId.toString())
                        .put("start_date", t.startDate.toString()).put("end_date", text(t.endDate))
                        .put("precision", t.precision.name()).put("source", t.source).put("note", t.note)
                        .put("origin", t.origin.name()).put("confirmed_at", text(t.confirmedAt))
                        .put("created_at", t.createdAt.toString()).put("updated_at", t.updatedAt.toString()));
    }

    private static <E> Uni<Void> insert(Mutiny.Session session, List<E> rows, String sql,
            Function<E, JsonObject> row) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        JsonArray json = new JsonArray();
        rows.forEach(r -> json.add(row.apply(r)));
        return session.createNativeQuery(sql).setParameter("rows", json.encode()).executeUpdate().replaceWithVoid();
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
