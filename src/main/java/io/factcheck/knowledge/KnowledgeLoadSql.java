package io.factcheck.knowledge;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The knowledge file loader's SQL, on a connection of the SQL client: the stored rows a file is compared with, read as
 * plain (unmanaged) entities, and the statements that write many rows at once. The rows go to PostgreSQL as one JSON
 * array per statement, which {@code jsonb_to_recordset} turns back into rows: a first load of the world knowledge
 * writes ~8,000 rows, and one round trip per row (or per batch of a few hundred) took seconds of start-up; so did
 * loading ~7,000 managed entities to compare a new file version with. Ids, versions and search texts are set here as
 * the entities' own callbacks would set them; an update also checks the version it read, as Hibernate would. The
 * parameter is sent as text and cast: the client would encode a String bound straight to jsonb as one JSON string.
 */
final class KnowledgeLoadSql {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String ROWS = "jsonb_to_recordset(cast(cast($1 as text) as jsonb))";

    private KnowledgeLoadSql() {
    }

    /** Statements with their rows encoded (apart from running them, so that a first load encodes off the event loop). */
    record Rows(String sql, String json, int count) {
    }

    /** The people a file may own: those it loaded (a key) and those it may match (a Wikidata id). */
    static Uni<List<Person>> people(SqlConnection connection) {
        return read(connection, "select id, key, name, aliases, wikidata_id, description, version from person "
                + "where key is not null or wikidata_id is not null", r -> {
                    Person p = new Person();
                    p.id = r.getUUID("id");
                    p.key = r.getString("key");
                    p.name = r.getString("name");
                    p.aliases = strings(r, "aliases");
                    p.wikidataId = r.getString("wikidata_id");
                    p.description = r.getString("description");
                    p.version = r.getLong("version");
                    return p;
                });
    }

    static Uni<List<Office>> offices(SqlConnection connection) {
        return read(connection, "select id, key, title, jurisdiction, adjectives, aliases, wikidata_id, known_until, "
                + "version from office where key is not null or wikidata_id is not null", r -> {
                    Office o = new Office();
                    o.id = r.getUUID("id");
                    o.key = r.getString("key");
                    o.title = r.getString("title");
                    o.jurisdiction = r.getString("jurisdiction");
                    o.adjectives = strings(r, "adjectives");
                    o.aliases = strings(r, "aliases");
                    o.wikidataId = r.getString("wikidata_id");
                    o.knownUntil = r.getLocalDate("known_until");
                    o.version = r.getLong("version");
                    return o;
                });
    }

    /** The tenures of the people a file may own (see {@link #people}). */
    static Uni<List<Tenure>> tenures(SqlConnection connection) {
        return read(connection, "select t.id, t.key, t.person_id, t.office_id, t.start_date, t.end_date, t.precision, "
                + "t.source, t.note, t.origin, t.confirmed_at, t.version from tenure t join person p on p.id = t.person_id "
                + "where p.key is not null or p.wikidata_id is not null", r -> {
                    Tenure t = new Tenure();
                    t.id = r.getUUID("id");
                    t.key = r.getString("key");
                    t.personId = r.getUUID("person_id");
                    t.officeId = r.getUUID("office_id");
                    t.startDate = r.getLocalDate("start_date");
                    t.endDate = r.getLocalDate("end_date");
                    t.precision = DatePrecision.valueOf(r.getString("precision"));
                    t.source = r.getString("source");
                    t.note = r.getString("note");
                    t.origin = TenureOrigin.valueOf(r.getString("origin"));
                    t.confirmedAt = instant(r.getOffsetDateTime("confirmed_at"));
                    t.version = r.getLong("version");
                    return t;
                });
    }

    static Uni<Void> deleteTenures(SqlConnection connection, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("delete from tenure where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).replaceWithVoid();
    }

    static Rows insertPeople(List<Person> rows) {
        return encode(rows, """
                insert into person (id, key, name, aliases, wikidata_id, description, search_text, version,
                                    created_at, updated_at)
                select id, key, name, aliases, wikidata_id, description, search_text, 0, created_at, updated_at
                from %s as r(id uuid, key text, name text, aliases text[], wikidata_id text, description text,
                     search_text text, created_at timestamptz, updated_at timestamptz)""", KnowledgeLoadSql::person);
    }

    static Rows updatePeople(List<Person> rows) {
        return encode(rows, """
                update person p set key = r.key, name = r.name, aliases = r.aliases, wikidata_id = r.wikidata_id,
                                    description = r.description, search_text = r.search_text,
                                    updated_at = r.updated_at, version = p.version + 1
                from %s as r(id uuid, key text, name text, aliases text[], wikidata_id text, description text,
                     search_text text, updated_at timestamptz, version bigint)
                where p.id = r.id and p.version = r.version""", KnowledgeLoadSql::person);
    }

    static Rows insertOffices(List<Office> rows) {
        return encode(rows, """
                insert into office (id, key, title, jurisdiction, adjectives, aliases, wikidata_id, known_until,
                                    version, created_at, updated_at)
                select id, key, title, jurisdiction, adjectives, aliases, wikidata_id, known_until, 0, created_at,
                       updated_at
                from %s as r(id uuid, key text, title text, jurisdiction text, adjectives text[], aliases text[],
                     wikidata_id text, known_until date, created_at timestamptz, updated_at timestamptz)""",
                KnowledgeLoadSql::office);
    }

    static Rows updateOffices(List<Office> rows) {
        return encode(rows, """
                update office o set key = r.key, title = r.title, jurisdiction = r.jurisdiction,
                                    adjectives = r.adjectives, aliases = r.aliases, wikidata_id = r.wikidata_id,
                                    known_until = r.known_until, updated_at = r.updated_at, version = o.version + 1
                from %s as r(id uuid, key text, title text, jurisdiction text, adjectives text[], aliases text[],
                     wikidata_id text, known_until date, updated_at timestamptz, version bigint)
                where o.id = r.id and o.version = r.version""", KnowledgeLoadSql::office);
    }

    static Rows insertTenures(List<Tenure> rows) {
        return encode(rows, """
                insert into tenure (id, key, person_id, office_id, start_date, end_date, precision, source, note,
                                    origin, confirmed_at, version, created_at, updated_at)
                select id, key, person_id, office_id, start_date, end_date, precision, source, note, origin,
                       confirmed_at, 0, created_at, updated_at
                from %s as r(id uuid, key text, person_id uuid, office_id uuid, start_date date, end_date date,
                     precision text, source text, note text, origin text, confirmed_at timestamptz,
                     created_at timestamptz, updated_at timestamptz)""", KnowledgeLoadSql::tenure);
    }

    static Rows updateTenures(List<Tenure> rows) {
        return encode(rows, """
                update tenure t set key = r.key, person_id = r.person_id, office_id = r.office_id,
                                    start_date = r.start_date, end_date = r.end_date, precision = r.precision,
                                    source = r.source, note = r.note, origin = r.origin,
                                    confirmed_at = r.confirmed_at, updated_at = r.updated_at, version = t.version + 1
                from %s as r(id uuid, key text, person_id uuid, office_id uuid, start_date date, end_date date,
                     precision text, source text, note text, origin text, confirmed_at timestamptz,
                     updated_at timestamptz, version bigint)
                where t.id = r.id and t.version = r.version""", KnowledgeLoadSql::tenure);
    }

    /** Runs one statement; every row must be written (an update whose row changed meanwhile fails the load). */
    static Uni<Void> write(SqlConnection connection, Rows rows) {
        if (rows.count() == 0) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(rows.sql()).execute(Tuple.of(rows.json())).invoke(result -> {
            if (result.rowCount() != rows.count()) {
                throw new IllegalStateException("Knowledge rows changed while the knowledge file was loaded: wrote "
                        + result.rowCount() + " of " + rows.count() + "; the next start loads it again");
            }
        }).replaceWithVoid();
    }

    private static void person(Person p, JsonGenerator out) throws IOException {
        p.indexNames();
        out.writeStringField("id", p.id.toString());
        out.writeStringField("key", p.key);
        out.writeStringField("name", p.name);
        writeArray(out, "aliases", p.aliases);
        out.writeStringField("wikidata_id", p.wikidataId);
        out.writeStringField("description", p.description);
        out.writeStringField("search_text", p.searchText);
        writeCommon(out, p.createdAt, p.updatedAt, p.version);
    }

    private static void office(Office o, JsonGenerator out) throws IOException {
        out.writeStringField("id", o.id.toString());
        out.writeStringField("key", o.key);
        out.writeStringField("title", o.title);
        out.writeStringField("jurisdiction", o.jurisdiction);
        writeArray(out, "adjectives", o.adjectives);
        writeArray(out, "aliases", o.aliases);
        out.writeStringField("wikidata_id", o.wikidataId);
        out.writeStringField("known_until", text(o.knownUntil));
        writeCommon(out, o.createdAt, o.updatedAt, o.version);
    }

    private static void tenure(Tenure t, JsonGenerator out) throws IOException {
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
        writeCommon(out, t.createdAt, t.updatedAt, t.version);
    }

    private static void writeCommon(JsonGenerator out, Instant createdAt, Instant updatedAt, long version)
            throws IOException {
        out.writeStringField("created_at", text(createdAt));
        out.writeStringField("updated_at", text(updatedAt));
        out.writeNumberField("version", version);
    }

    /** Streamed with Jackson's generator rather than built as a tree of JsonObjects first. */
    private static <E> Rows encode(List<E> rows, String sql, RowWriter<E> writer) {
        String statement = sql.formatted(ROWS);
        if (rows.isEmpty()) {
            return new Rows(statement, null, 0);
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
        return new Rows(statement, text.toString(), rows.size());
    }

    private static void writeArray(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private static <T> Uni<List<T>> read(SqlConnection connection, String sql, Function<Row, T> mapper) {
        return connection.query(sql).execute().map(rows -> list(rows, mapper));
    }

    static <T> List<T> list(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(row -> out.add(mapper.apply(row)));
        return out;
    }

    /** A text[] column as a list, empty for NULL. */
    static List<String> strings(Row row, String column) {
        String[] values = row.getArrayOfStrings(column);
        return values == null ? List.of() : List.of(values);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }

    @FunctionalInterface
    private interface RowWriter<E> {
        void write(E row, JsonGenerator out) throws IOException;
    }
}
