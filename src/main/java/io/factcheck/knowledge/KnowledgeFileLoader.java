package io.factcheck.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.factcheck.check.KnowledgeSnapshot;
import io.factcheck.common.Timestamps;
import io.factcheck.common.Uuids;
import io.factcheck.common.db.SideReads;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Loads the shipped knowledge file at start-up, once per file version: a data_load row named knowledge:&lt;version&gt;,
 * inserted in the same transaction, makes several instances starting at once load it once. A newer version updates
 * the rows an earlier one loaded (people and offices by key, tenures by person, office and start) and never
 * duplicates them: the file owns the rows it loaded, so after a load they hold the file's values again (except a
 * Wikidata id the file does not know), and a tenure the file no longer lists for one of its people is removed. On a
 * first start (a database without knowledge) every row is new: the rows are made ready off the event loop, and the
 * checker compiles them while they are inserted ({@link StagedKnowledge}) instead of reading them back afterwards.
 * Every statement is plain SQL on the SQL client ({@link KnowledgeLoadSql}): a start's first Hibernate session costs
 * ~0.3 s of CPU, and comparing a file with ~7,000 managed entities more than a second.
 */
@ApplicationScoped
public class KnowledgeFileLoader {

    /**
     * Lower than the default observer priority (APPLICATION + 500) of the seed corpus loader, so the knowledge is in
     * the database before the seed articles, which are checked against it, are loaded.
     */
    static final int STARTUP_PRIORITY = Interceptor.Priority.APPLICATION;
    static final String LOAD_PREFIX = "knowledge:";
    private static final String HOLDS_KNOWLEDGE =
            "(exists (select 1 from person) or exists (select 1 from office) or exists (select 1 from tenure))";
    private static final Logger LOG = Logger.getLogger(KnowledgeFileLoader.class);

    private final KnowledgeSnapshots snapshots;
    private final Event<StagedKnowledge> staged;
    private final SideReads reads;
    private final Pool pool;

    public KnowledgeFileLoader(KnowledgeSnapshots snapshots, Event<StagedKnowledge> staged, SideReads reads,
            Pool pool) {
        this.snapshots = snapshots;
        this.staged = staged;
        this.reads = reads;
        this.pool = pool;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) throws Throwable {
        long started = System.nanoTime();
        // The header alone says whether this version is in the database already; the whole file is read meanwhile
        // (~0.3 s on a cold JVM), and a start that finds its version loaded (most starts) drops what was read
        String version = KnowledgeFileHeader.shipped().version();
        CompletableFuture<KnowledgeFile> reading = inBackground("knowledge-file-reader", KnowledgeFile::fromClasspath);
        Stored stored = VertxContextSupport.subscribeAndAwait(() -> stored(version));
        if (stored.loaded()) {
            LOG.infof("Knowledge file %s was loaded before (checked in %d ms)", version, millisSince(started));
            return;
        }
        KnowledgeFile file = await(reading);
        long read = System.nanoTime();
        // A first start: every row is new, made ready off the event loop while the transaction opens
        CompletableFuture<FirstLoad> first = stored.holdsKnowledge() ? null
                : inBackground("knowledge-first-load", () -> firstLoad(file));
        VertxContextSupport.subscribeAndAwait(() -> load(file, first));
        LOG.infof("Knowledge file %s read in %d ms and stored in %d ms", file.version(), (read - started) / 1_000_000,
                millisSince(read));
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        ClassLoader resources = Thread.currentThread().getContextClassLoader();
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setContextClassLoader(resources);
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static <T> T await(CompletableFuture<T> work) throws Throwable {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause(); // a broken file stops the start-up with its own message
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Loads the file unless its version was loaded before; emits what changed, or null when it was skipped. */
    public Uni<KnowledgeLoad> load(KnowledgeFile file) {
        return load(file, null);
    }

    /**
     * As {@link #load(KnowledgeFile)}, taking a first load made ready beforehand if the database holds no knowledge;
     * should it hold some after all (another instance stored it meanwhile), the file is loaded as an update instead.
     */
    Uni<KnowledgeLoad> load(KnowledgeFile file, CompletableFuture<FirstLoad> prepared) {
        // taken before the query that looks for knowledge, so that a write committed after it is noticed (committed)
        long mark = snapshots.mark();
        Uni<FirstLoad> first = prepared == null ? null : onThisContext(prepared);
        return pool.withTransaction(connection -> connection
                .preparedQuery("insert into data_load (name, loaded_at) values ($1, now()) on conflict do nothing")
                .execute(Tuple.of(LOAD_PREFIX + file.version()))
                .chain(claim -> claim.rowCount() == 1 ? upsert(connection, file, first)
                        : Uni.createFrom().<Outcome>nullItem()))
                .map(outcome -> loaded(outcome, mark));
    }

    /** Upserts the file whether or not its version was loaded before (a repair; or a test of idempotence). */
    Uni<KnowledgeLoad> reload(KnowledgeFile file) {
        long mark = snapshots.mark();
        return pool.withTransaction(connection -> upsert(connection, file, null)).map(outcome -> loaded(outcome, mark));
    }

    private KnowledgeLoad loaded(Outcome outcome, long mark) {
        if (outcome == null) {
            LOG.debug("Knowledge file already loaded");
            return null;
        }
        if (outcome.snapshot() != null) {
            snapshots.committed(mark, outcome.snapshot());
        } else {
            snapshots.invalidate();
        }
        KnowledgeLoad load = outcome.load();
        LOG.infof("Knowledge file %s loaded: people %d new, %d changed; offices %d new, %d changed; "
                + "tenures %d new, %d changed, %d no longer in the file removed", load.version(), load.peopleCreated(),
                load.peopleUpdated(), load.officesCreated(), load.officesUpdated(), load.tenuresCreated(),
                load.tenuresUpdated(), load.tenuresRemoved());
        return load;
    }

    /** The prepared first load, handed back on the transaction's context. */
    private static Uni<FirstLoad> onThisContext(CompletableFuture<FirstLoad> prepared) {
        Context context = Vertx.currentContext();
        return Uni.createFrom().completionStage(prepared).emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** On the side pool: no transaction is open yet, and this is a restart's only query. */
    private Uni<Stored> stored(String version) {
        return reads.preparedQuery("select exists (select 1 from data_load where name = $1), " + HOLDS_KNOWLEDGE)
                .execute(Tuple.of(LOAD_PREFIX + version))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Stored(row.getBoolean(0), row.getBoolean(1));
                });
    }

    private Uni<Outcome> upsert(SqlConnection connection, KnowledgeFile file, Uni<FirstLoad> prepared) {
        if (prepared == null) {
            return update(connection, file);
        }
        return connection.query("select " + HOLDS_KNOWLEDGE).execute()
                .chain(rows -> rows.iterator().next().getBoolean(0) ? update(connection, file)
                        : prepared.call(first -> writeAll(connection, first.rows()))
                                .map(first -> new Outcome(first.load(), first.snapshot())));
    }

    /**
     * Compares the file with the rows it may own, read as plain rows (managed entities for ~7,000 rows cost more than
     * a second of start-up), and writes only what differs: new rows, changed rows, and the file-loaded tenures of its
     * people that it no longer lists (a corrected start date is a new key).
     */
    private Uni<Outcome> update(SqlConnection connection, KnowledgeFile file) {
        Instant now = Timestamps.now();
        return KnowledgeLoadSql.people(connection).chain(storedPeople -> KnowledgeLoadSql.offices(connection)
                .chain(storedOffices -> KnowledgeLoadSql.tenures(connection).chain(storedTenures -> {
                    Planned<Person> people = planPeople(file, storedPeople, now);
                    Planned<Office> offices = planOffices(file, storedOffices, now);
                    Set<UUID> personIds = people.byKey().values().stream().map(p -> p.id).collect(Collectors.toSet());
                    Set<String> keys = file.tenures().stream().map(KnowledgeFile.FileTenure::key)
                            .collect(Collectors.toSet());
                    List<Tenure> ofFilePeople = storedTenures.stream().filter(t -> personIds.contains(t.personId))
                            .toList();
                    Set<UUID> gone = ofFilePeople.stream().filter(t -> t.key != null && !keys.contains(t.key))
                            .map(t -> t.id).collect(Collectors.toSet());
                    Planned<Tenure> tenures = planTenures(file,
                            ofFilePeople.stream().filter(t -> !gone.contains(t.id)).toList(), people.byKey(),
                            offices.byKey(), now);
                    KnowledgeLoad load = new KnowledgeLoad(file.version(), people.created().size(),
                            people.updated().size(), offices.created().size(), offices.updated().size(),
                            tenures.created().size(), tenures.updated().size(), gone.size());
                    // people and offices before the tenures that refer to them
                    return KnowledgeLoadSql.deleteTenures(connection, List.copyOf(gone))
                            .chain(() -> writeAll(connection, List.of(
                                    KnowledgeLoadSql.insertPeople(people.created()),
                                    KnowledgeLoadSql.updatePeople(people.updated()),
                                    KnowledgeLoadSql.insertOffices(offices.created()),
                                    KnowledgeLoadSql.updateOffices(offices.updated()),
                                    KnowledgeLoadSql.insertTenures(tenures.created()),
                                    KnowledgeLoadSql.updateTenures(tenures.updated()))))
                            .replaceWith(new Outcome(load, null));
                })));
    }

    /**
     * A database without knowledge (a first start) gets every row new, so the knowledge the checker will run on is
     * known before it is written: it is published first ({@link StagedKnowledge}), for the checker to compile while
     * the rows are encoded and inserted.
     */
    FirstLoad firstLoad(KnowledgeFile file) {
        Instant now = Timestamps.now();
        Planned<Person> people = planPeople(file, List.of(), now);
        Planned<Office> offices = planOffices(file, List.of(), now);
        Planned<Tenure> tenures = planTenures(file, List.of(), people.byKey(), offices.byKey(), now);
        KnowledgeSnapshot snapshot = KnowledgeSnapshots.of(people.created(), offices.created(), tenures.created());
        staged.fire(new StagedKnowledge(snapshot));
        KnowledgeLoad load = new KnowledgeLoad(file.version(), people.created().size(), 0, offices.created().size(), 0,
                tenures.created().size(), 0, 0);
        return new FirstLoad(load, snapshot, List.of(KnowledgeLoadSql.insertPeople(people.created()),
                KnowledgeLoadSql.insertOffices(offices.created()), KnowledgeLoadSql.insertTenures(tenures.created())));
    }

    private static Uni<Void> writeAll(SqlConnection connection, List<KnowledgeLoadSql.Rows> statements) {
        Uni<Void> written = Uni.createFrom().voidItem();
        for (KnowledgeLoadSql.Rows statement : statements) { // in order
            written = written.chain(() -> KnowledgeLoadSql.write(connection, statement));
        }
        return written;
    }

    /** Matches by key, then by Wikidata id (someone imported before the file named them). */
    private static Planned<Person> planPeople(KnowledgeFile file, List<Person> existing, Instant now) {
        Map<String, Person> byKey = index(existing, p -> p.key);
        Map<String, Person> byWikidataId = index(existing, p -> p.wikidataId);
        Map<String, Person> resolved = new HashMap<>();
        List<Person> created = new ArrayList<>();
        List<Person> updated = new ArrayList<>();
        for (KnowledgeFile.FilePerson row : file.people()) {
            Person person = byKey.get(row.key());
            if (person == null && row.wikidataId() != null) {
                person = byWikidataId.get(row.wikidataId());
            }
            boolean isNew = person == null;
            if (isNew) {
                person = new Person();
                person.id = Uuids.v7();
                person.createdAt = now;
                person.updatedAt = now;
                created.add(person);
            }
            List<Object> before = state(person);
            person.key = row.key();
            person.name = row.name().trim();
            person.aliases = KnowledgeText.cleanList(row.aliases());
            // a Wikidata id that an import linked stays while the file knows none
            person.wikidataId = row.wikidataId() != null ? row.wikidataId().trim() : person.wikidataId;
            person.description = KnowledgeText.blankToNull(row.description());
            if (!isNew && !before.equals(state(person))) {
                person.updatedAt = now;
                updated.add(person);
            }
            resolved.put(row.key(), person);
        }
        return new Planned<>(resolved, created, updated);
    }

    private static Planned<Office> planOffices(KnowledgeFile file, List<Office> existing, Instant now) {
        Map<String, Office> byKey = index(existing, o -> o.key);
        Map<String, Office> byWikidataId = index(existing, o -> o.wikidataId);
        Map<String, Office> resolved = new HashMap<>();
        List<Office> created = new ArrayList<>();
        List<Office> updated = new ArrayList<>();
        for (KnowledgeFile.FileOffice row : file.offices()) {
            Office office = byKey.get(row.key());
            if (office == null && row.wikidataId() != null) {
                office = byWikidataId.get(row.wikidataId());
            }
            boolean isNew = office == null;
            if (isNew) {
                office = new Office();
                office.id = Uuids.v7();
                office.createdAt = now;
                office.updatedAt = now;
                created.add(office);
            }
            List<Object> before = state(office);
            office.key = row.key();
            office.title = row.title().trim();
            office.jurisdiction = KnowledgeText.blankToNull(row.jurisdiction());
            office.adjectives = KnowledgeText.cleanList(row.adjectives());
            office.aliases = KnowledgeText.cleanList(row.aliases());
            office.wikidataId = row.wikidataId() != null ? row.wikidataId().trim() : office.wikidataId;
            office.knownUntil = row.knownUntil();
            if (!isNew && !before.equals(state(office))) {
                office.updatedAt = now;
                updated.add(office);
            }
            resolved.put(row.key(), office);
        }
        return new Planned<>(resolved, created, updated);
    }

    /**
     * Matches by key, then by person, office and start (a term entered through the API or imported before the file
     * listed it).
     */
    private static Planned<Tenure> planTenures(KnowledgeFile file, List<Tenure> existing,
            Map<String, Person> personByKey, Map<String, Office> officeByKey, Instant now) {
        Map<String, Tenure> byKey = index(existing, t -> t.key);
        Map<String, Tenure> byTerm = index(existing, t -> term(t.personId, t.officeId, t.startDate));
        List<Tenure> created = new ArrayList<>();
        List<Tenure> updated = new ArrayList<>();
        for (KnowledgeFile.FileTenure row : file.tenures()) {
            UUID personId = personByKey.get(row.person()).id;
            UUID officeId = officeByKey.get(row.office()).id;
            Tenure tenure = byKey.get(row.key());
            if (tenure == null) {
                tenure = byTerm.get(term(personId, officeId, row.start()));
            }
            boolean isNew = tenure == null;
            if (isNew) {
                tenure = new Tenure();
                tenure.id = Uuids.v7();
                tenure.createdAt = now;
                tenure.updatedAt = now;
                created.add(tenure);
            }
            List<Object> before = state(tenure);
            tenure.key = row.key();
            tenure.personId = personId;
            tenure.officeId = officeId;
            tenure.startDate = row.start();
            tenure.endDate = row.end();
            tenure.precision = row.precision();
            tenure.source = row.source().trim();
            tenure.note = KnowledgeText.blankToNull(row.note());
            tenure.origin = TenureOrigin.SHIPPED;
            if (isNew) {
                tenure.confirmedAt = now;
            } else if (!before.equals(state(tenure))) {
                // an unchanged row keeps its version: the file's load time says when it was confirmed
                tenure.updatedAt = now;
                tenure.confirmedAt = now;
                updated.add(tenure);
            }
        }
        return new Planned<>(Map.of(), created, updated);
    }

    private static List<Object> state(Person p) {
        return Arrays.asList(p.key, p.name, p.aliases, p.wikidataId, p.description);
    }

    private static List<Object> state(Office o) {
        return Arrays.asList(o.key, o.title, o.jurisdiction, o.adjectives, o.aliases, o.wikidataId, o.knownUntil);
    }

    private static List<Object> state(Tenure t) {
        return Arrays.asList(t.key, t.personId, t.officeId, t.startDate, t.endDate, t.precision, t.source, t.note,
                t.origin);
    }

    private static String term(UUID personId, UUID officeId, Object start) {
        return personId + "/" + officeId + "/" + start;
    }

    private static <E> Map<String, E> index(List<E> rows, Function<E, String> key) {
        Map<String, E> index = new HashMap<>();
        for (E row : rows) {
            String value = key.apply(row);
            if (value != null) {
                index.put(value, row);
            }
        }
        return index;
    }

    /** A file's rows as entities: every one the file lists, by key; those of them that are new, and changed. */
    private record Planned<E>(Map<String, E> byKey, List<E> created, List<E> updated) {
    }

    /** What the database holds at start-up: this file version's marker, and any knowledge at all. */
    private record Stored(boolean loaded, boolean holdsKnowledge) {
    }

    /** A first load made ready: what it will insert, as the snapshot the checker compiles and as encoded rows. */
    record FirstLoad(KnowledgeLoad load, KnowledgeSnapshot snapshot, List<KnowledgeLoadSql.Rows> rows) {
    }

    /** A load's outcome; the snapshot of what it wrote when that is known without reading it back (else null). */
    private record Outcome(KnowledgeLoad load, KnowledgeSnapshot snapshot) {
    }
}
