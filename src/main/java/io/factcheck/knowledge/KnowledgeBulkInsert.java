package io.factcheck.knowledge;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Inserts many new knowledge rows in one statement per table: the rows go to PostgreSQL as one JSON array, which
 * {@code jsonb_to_recordset} turns back into rows. A first load of the world knowledge inserts ~8,000 rows; one
 * round trip per row (or per batch of a few hundred) took seconds of start-up. Ids, versions and search texts are set
 * here as the entities' own callbacks would set them. The parameter is sent as text and cast: the client would encode
 * a String bound straight to jsonb as one JSON string. Encoding is apart from the insert, so that a first load can
 * encode its rows off the event loop (~0.2 s for the world knowledge on a cold JVM) while its transaction opens.
 */
final class KnowledgeBulkInsert {

    private static final JsonFactory JSON = new JsonFactory();

    private KnowledgeBulkInsert() {
    }

    /** One table's new rows, encoded; {@code json} is null when there are none. */
    record Rows(String sql, String json) {
    }

    static Rows people(List<Person> rows) {
        return encode(rows, """
                insert into person (id, key, name, aliases, wikidata_id, description, search_text, version,
                                    created_at, updated_at)
                select id, key, name, aliases, wikidata_id, description, search_text, 0, created_at, updated_at
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, key text, name text, aliases text[],
                     wikidata_id text, description text, search_text text, created_at timestamptz,
                     updated_at timestamptz)""", (p, out) -> {
                    p.indexNames();
                    out.writeStringField("id", p.id.toString());
                    out.writeStringField("key", p.key);
                    out.writeStringField("name", p.name);
                    writeArray(out, "aliases", p.aliases);
                    out.writeStringField("wikidata_id", p.wikidataId);
                    out.writeStringField("description", p.description);
                    out.writeStringField("search_text", p.searchText);
                    out.writeStringField("created_at", p.createdAt.toString());
                    out.writeStringField("updated_at", p.updatedAt.toString());
                });
    }

    static Rows offices(List<Office> rows) {
        return encode(rows, """
                insert into office (id, key, title, jurisdiction, adjectives, aliases, wikidata_id, known_until,
                                    version, created_at, updated_at)
                select id, key, title, jurisdiction, adjectives, aliases, wikidata_id, known_until, 0, created_at,
                       updated_at
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, key text, title text, jurisdiction text,
                     adjectives text[], aliases text[], wikidata_id text, known_until date, created_at timestamptz,
                     updated_at timestamptz)""", (o, out) -> {
                    out.writeStringField("id", o.id.toString());
                    out.writeStringField("key", o.key);
                    out.writeStringField("title", o.title);
                    out.writeStringField("jurisdiction", o.jurisdiction);
                    writeArray(out, "adjectives", o.adjectives);
                    writeArray(out, "aliases", o.aliases);
                    out.writeStringField("wikidata_id", o.wikidataId);
                    out.writeStringField("known_until", text(o.knownUntil));
                    out.writeStringField("created_at", o.createdAt.toString());
                    out.writeStringField("updated_at", o.updatedAt.toString());
                });
    }

    static Rows tenures(List<Tenure> rows) {
        return encode(rows, """
                insert into tenure (id, key, person_id, office_id, start_date, end_date, precision, source, note,
                                    origin, confirmed_at, version, created_at, updated_at)
                select id, key, person_id, office_id, start_date, end_date, precision, source, note, origin,
                       confirmed_at, 0, created_at, updated_at
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, key text, person_id uuid, office_id uuid,
                     start_date date, end_date date, precision text, source text, note text, origin text,
                     confirmed_at timestamptz, created_at timestamptz, updated_at timestamptz)""",
                (t, out) -> {
                    out.writeStringField("id", t.id.toString());
                    out.writeStringField("key", t.key);
                    out.writeStringField("person_id", t.personId.toString());
                    out.writeStringField("office_id", t.officeId.toString());
                    out.writeStringField("start_date", t.startDate.toString());
                    out.writeStringField("end_date", text(t.endDate));
                    out.writeStringField("precision", t.precision.name());
                    out.writeStringField("source", t.source);
                    out.writeStringField("note", t.note);
                    out.writeStringField("origin", t.origin.name());
                    out.writeStringField("confirmed_at", text(t.confirmedAt));
                    out.writeStringField("created_at", t.createdAt.toString());
                    out.writeStringField("updated_at", t.updatedAt.toString());
                });
    }

    static Uni<Void> insert(Mutiny.Session session, Rows rows) {
        if (rows.json() == null) {
            return Uni.createFrom().voidItem();
        }
        return session.createNativeQuery(rows.sql()).setParameter("rows", rows.json()).executeUpdate()
                .replaceWithVoid();
    }

    /** The same insert on a connection of the SQL client, whose placeholders are positional. */
    static Uni<Void> insert(SqlConnection connection, Rows rows) {
        if (rows.json() == null) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(rows.sql().replace(":rows", "$1")).execute(Tuple.of(rows.json()))
                .replaceWithVoid();
    }

    /** Streamed with Jackson's generator rather than built as a tree of JsonObjects first. */
    private static <E> Rows encode(List<E> rows, String sql, RowWriter<E> writer) {
        if (rows.isEmpty()) {
            return new Rows(sql, null);
        }
        StringWriter text = new StringWriter(rows.size() * 512);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartArray();
            for (E row : rows) {
                out.writeStartObject();
                writer.write(row, out);
                out.writeEndObject();
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode knowledge rows", e); // a StringWriter does not fail
        }
        return new Rows(sql, text.toString());
    }

    private static void writeArray(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    @FunctionalInterface
    private interface RowWriter<E> {
        void write(E row, JsonGenerator out) throws IOException;
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
