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
import io.quarkus.hibernate.reactive.panache.Panache;
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
    private static final int BATCH_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(KnowledgeFileLoader.class);

    private final PersonRepository people;
    private final OfficeRepository offices;
    private final TenureRepository tenures;
    private final KnowledgeSnapshots snapshots;
    private final Event<StagedKnowledge> staged;
    private final SideReads reads;
    private final Pool pool;

    public KnowledgeFileLoader(PersonRepository people, OfficeRepository offices, TenureRepository tenures,
            KnowledgeSnapshots snapshots, Event<StagedKnowledge> staged, SideReads reads, Pool pool) {
        this.people = people;
        this.offices = offices;
        this.tenures = tenures;
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
        if (stored.holdsKnowledge()) {
            VertxContextSupport.subscribeAndAwait(() -> load(file));
        } else {
            // A first start: every row is new, made ready off the event loop while the transaction opens
            CompletableFuture<FirstLoad> first = inBackground("knowledge-first-load", () -> firstLoad(file));
            VertxContextSupport.subscribeAndAwait(() -> loadFirst(file, first));
        }
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
        return Panache.withTransaction(() -> claimLoad(file.version())
                .chain(claimed -> claimed ? upsert(file) : Uni.createFrom().<KnowledgeLoad>nullItem()))
                .invoke(load -> loaded(load, snapshots::invalidate));
    }

    /** Upserts the file whether or not its version was loaded before (a repair; or a test of idempotence). */
    Uni<KnowledgeLoad> reload(KnowledgeFile file) {
        return Panache.withTransaction(() -> upsert(file)).invoke(load -> loaded(load, snapshots::invalidate));
    }

    /**
     * The first load of a database without knowledge, through the SQL client: every statement of it is SQL, and a
     * start's first Hibernate session costs ~0.3 s of CPU that the knowledge need not wait for. Should the database
     * hold knowledge after all (another instance stored some meanwhile), its transaction is rolled back and the file
     * loaded as an update instead.
     */
    Uni<KnowledgeLoad> loadFirst(KnowledgeFile file, CompletableFuture<FirstLoad> prepared) {
        // taken before the query that finds no knowledge, so that a write committed after it is noticed (committed)
        long mark = snapshots.mark();
        Context context = Vertx.currentContext();
        Uni<FirstLoad> ready = Uni.createFrom().completionStage(prepared)
                .emitOn(task -> context.runOnContext(ignored -> task.run()));
        return pool.withTransaction(connection -> connection
                .preparedQuery("insert into data_load (name, loaded_at) values ($1, now()) on conflict do nothing")
                .execute(Tuple.of(LOAD_PREFIX + file.version()))
                .chain(claim -> claim.rowCount() == 0 ? Uni.createFrom().<FirstLoad>nullItem() : connection
                        .query("select " + HOLDS_KNOWLEDGE).execute()
                        .chain(rows -> rows.iterator().next().getBoolean(0)
                                ? Uni.createFrom().failure(new KnowledgeArrived())
                                : ready.call(first -> insertAll(connection, first.rows())))))
                .map(first -> first == null ? null
                        : loaded(first.load(), () -> snapshots.committed(mark, first.snapshot())))
                .onFailure(KnowledgeArrived.class).recoverWithUni(() -> load(file));
    }

    private KnowledgeLoad loaded(KnowledgeLoad load, Runnable publish) {
        if (load == null) {
            LOG.debug("Knowledge file already loaded");
            return null;
        }
        publish.run();
        LOG.infof("Knowledge file %s loaded: people %d new, %d changed; offices %d new, %d changed; "
                + "tenures %d new, %d changed, %d no longer in the file removed", load.version(), load.peopleCreated(),
                load.peopleUpdated(), load.officesCreated(), load.officesUpdated(), load.tenuresCreated(),
                load.tenuresUpdated(), load.tenuresRemoved());
        return load;
    }

    /**
     * Read with the SQL client, not a Hibernate session: a restart then needs no session at all, and on a first start
     * the session's own first use (~0.3 s on a cold JVM) runs while the first load is made ready.
     */
    private Uni<Stored> stored(String version) {
        return reads.preparedQuery("select exists (select 1 from data_load where name = $1), " + HOLDS_KNOWLEDGE)
                .execute(Tuple.of(LOAD_PREFIX + version))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Stored(row.getBoolean(0), row.getBoolean(1));
                });
    }

    /** Inserts this version's marker; the unique name makes a concurrent second loader wait, then skip. */
    private Uni<Boolean> claimLoad(String version) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into data_load (name, loaded_at) values (:name, now()) on conflict do nothing")
                .setParameter("name", LOAD_PREFIX + version)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private Uni<KnowledgeLoad> upsert(KnowledgeFile file) {
        Instant now = Timestamps.now();
        Counts counts = new Counts();
        // new rows go in one statement per table (KnowledgeBulkInsert); changed ones are updated in batches at flush
        return Panache.getSession().invoke(session -> session.setBatchSize(BATCH_SIZE))
                .chain(ignored -> upsertPeople(file, now, counts))
                .chain(personByKey -> upsertOffices(file, now, counts)
                        .chain(officeByKey -> upsertTenures(file, personByKey, officeByKey, now, counts)))
                .map(ignored -> counts.load(file));
    }

    /**
     * A database without knowledge (a first start) gets every row new, so the knowledge the checker will run on is
     * known before it is written: it is published first ({@link StagedKnowledge}), for the checker to compile while
     * the rows are encoded and inserted.
     */
    FirstLoad firstLoad(KnowledgeFile file) {
        Instant now = Timestamps.now();
        Counts counts = new Counts();
        Planned<Person> people = planPeople(file, List.of(), now, counts);
        Planned<Office> offices = planOffices(file, List.of(), now, counts);
        List<Tenure> tenures = planTenures(file, List.of(), people.byKey(), offices.byKey(), now, counts);
        KnowledgeSnapshot snapshot = KnowledgeSnapshots.of(people.created(), offices.created(), tenures);
        staged.fire(new StagedKnowledge(snapshot));
        return new FirstLoad(counts.load(file), snapshot, List.of(KnowledgeBulkInsert.people(people.created()),
                KnowledgeBulkInsert.offices(offices.created()), KnowledgeBulkInsert.tenures(tenures)));
    }

    private static Uni<Void> insertAll(SqlConnection connection, List<KnowledgeBulkInsert.Rows> tables) {
        Uni<Void> inserted = Uni.createFrom().voidItem();
        for (KnowledgeBulkInsert.Rows table : tables) { // in order: tenures refer to people and offices
            inserted = inserted.chain(() -> KnowledgeBulkInsert.insert(connection, table));
        }
        return inserted;
    }

    /**
     * Matches by key, then by Wikidata id (someone imported before the file named them). Every candidate is read
     * with one parameterless query: an IN list of the file's ~3,300 keys cost more than reading them all.
     */
    private Uni<Map<String, Person>> upsertPeople(KnowledgeFile file, Instant now, Counts counts) {
        return people.list("key is not null or wikidataId is not null").chain(existing -> {
            Planned<Person> planned = planPeople(file, existing, now, counts);
            return Panache.getSession().chain(session -> KnowledgeBulkInsert.insert(session,
                    KnowledgeBulkInsert.people(planned.created())))
                    .replaceWith(planned.byKey());
        });
    }

    private static Planned<Person> planPeople(KnowledgeFile file, List<Person> existing, Instant now, Counts counts) {
        Map<String, Person> byKey = index(existing, p -> p.key);
        Map<String, Person> byWikidataId = index(existing, p -> p.wikidataId);
        Map<String, Person> resolved = new HashMap<>();
        List<Person> created = new ArrayList<>();
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
                counts.peopleUpdated++;
            }
            resolved.put(row.key(), person);
        }
        counts.peopleCreated = created.size();
        return new Planned<>(resolved, created);
    }

    private Uni<Map<String, Office>> upsertOffices(KnowledgeFile file, Instant now, Counts counts) {
        return offices.list("key is not null or wikidataId is not null").chain(existing -> {
            Planned<Office> planned = planOffices(file, existing, now, counts);
            return Panache.getSession().chain(session -> KnowledgeBulkInsert.insert(session,
                    KnowledgeBulkInsert.offices(planned.created())))
                    .replaceWith(planned.byKey());
        });
    }

    private static Planned<Office> planOffices(KnowledgeFile file, List<Office> existing, Instant now, Counts counts) {
        Map<String, Office> byKey = index(existing, o -> o.key);
        Map<String, Office> byWikidataId = index(existing, o -> o.wikidataId);
        Map<String, Office> resolved = new HashMap<>();
        List<Office> created = new ArrayList<>();
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
                counts.officesUpdated++;
            }
            resolved.put(row.key(), office);
        }
        counts.officesCreated = created.size();
        return new Planned<>(resolved, created);
    }

    /**
     * First removes the file-loaded tenures of the file's people that the file no longer lists (a corrected start
     * date is a new key), then matches by key, then by person, office and start (a term entered through the API or
     * imported before the file listed it).
     */
    private Uni<Void> upsertTenures(KnowledgeFile file, Map<String, Person> personByKey,
            Map<String, Office> officeByKey, Instant now, Counts counts) {
        Set<UUID> personIds = personByKey.values().stream().map(p -> p.id).collect(Collectors.toSet());
        Set<String> keys = file.tenures().stream().map(KnowledgeFile.FileTenure::key).collect(Collectors.toSet());
        // the file's people are the people with a key now (new ones were inserted, matched ones given theirs)
        return tenures.list("personId in (select p.id from Person p where p.key is not null)")
                .map(listed -> listed.stream().filter(t -> personIds.contains(t.personId)).toList())
                .chain(ofFilePeople -> {
                    List<UUID> gone = ofFilePeople.stream().filter(t -> t.key != null && !keys.contains(t.key))
                            .map(t -> t.id).toList();
                    counts.tenuresRemoved = gone.size();
                    return (gone.isEmpty() ? Uni.createFrom().item(0L) : tenures.delete("id in ?1", gone))
                            .replaceWith(ofFilePeople.stream().filter(t -> !gone.contains(t.id)).toList());
                })
                .chain(existing -> {
                    List<Tenure> created = planTenures(file, existing, personByKey, officeByKey, now, counts);
                    return Panache.getSession().chain(session -> KnowledgeBulkInsert.insert(session,
                            KnowledgeBulkInsert.tenures(created)));
                });
    }

    private static List<Tenure> planTenures(KnowledgeFile file, List<Tenure> existing,
            Map<String, Person> personByKey, Map<String, Office> officeByKey, Instant now, Counts counts) {
        Map<String, Tenure> byKey = index(existing, t -> t.key);
        Map<String, Tenure> byTerm = index(existing, t -> term(t.personId, t.officeId, t.startDate));
        List<Tenure> created = new ArrayList<>();
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
                counts.tenuresUpdated++;
            }
        }
        counts.tenuresCreated = created.size();
        return created;
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

    /** A file's rows as entities: every one the file lists, by key, and those of them that are new. */
    private record Planned<E>(Map<String, E> byKey, List<E> created) {
    }

    /** What the database holds at start-up: this file version's marker, and any knowledge at all. */
    private record Stored(boolean loaded, boolean holdsKnowledge) {
    }

    /** A first load made ready: what it will insert, as the snapshot the checker compiles and as encoded rows. */
    record FirstLoad(KnowledgeLoad load, KnowledgeSnapshot snapshot, List<KnowledgeBulkInsert.Rows> rows) {
    }

    /** A first load found knowledge in the database after all: it is rolled back and loaded as an update. */
    private static final class KnowledgeArrived extends RuntimeException {
        KnowledgeArrived() {
            super("the database holds knowledge", null, false, false);
        }
    }

    private static final class Counts {
        int peopleCreated;
        int peopleUpdated;
        int officesCreated;
        int officesUpdated;
        int tenuresCreated;
        int tenuresUpdated;
        int tenuresRemoved;

        KnowledgeLoad load(KnowledgeFile file) {
            return new KnowledgeLoad(file.version(), peopleCreated, peopleUpdated, officesCreated, officesUpdated,
                    tenuresCreated, tenuresUpdated, tenuresRemoved);
        }
    }
}
