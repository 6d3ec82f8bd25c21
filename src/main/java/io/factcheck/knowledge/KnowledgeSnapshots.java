package io.factcheck.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.factcheck.check.KnowledgeSnapshot;
import io.factcheck.common.db.SideReads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The knowledge the checker runs on, read from the database in three queries and cached until the next knowledge
 * write. Every write bumps the version after its transaction committed, so a snapshot built while the write was in
 * flight is never taken for the new knowledge. Writes made by another instance are not seen here until this
 * instance writes too (a cross-instance signal is future work). The rows are read with the SQL client rather than as
 * entities (~8,000 managed entities cost start-up time for nothing, since the snapshot copies them anyway), on the
 * side pool, since a check may need the snapshot while its write's transaction holds a datasource connection. A first
 * load of the knowledge file hands over what it wrote instead ({@link #committed}): nothing is read back.
 */
@ApplicationScoped
public class KnowledgeSnapshots {

    private static final String PEOPLE = "select id, name, aliases from person order by id";
    private static final String OFFICES =
            "select id, title, jurisdiction, adjectives, aliases, known_until from office order by id";
    private static final String TENURES = "select id, person_id, office_id, start_date, end_date, precision, source, note "
            + "from tenure order by id";

    private final SideReads pool;
    private final AtomicLong version = new AtomicLong();
    private volatile Cached cached;

    public KnowledgeSnapshots(SideReads pool) {
        this.pool = pool;
    }

    /**
     * The current knowledge: the same instance until the knowledge changes, so what a caller derives from it can be
     * cached by identity.
     */
    public Uni<KnowledgeSnapshot> current() {
        return Uni.createFrom().deferred(() -> {
            long wanted = version.get();
            Cached hit = cached;
            if (hit != null && hit.version() == wanted) {
                return Uni.createFrom().item(hit.snapshot());
            }
            return load().invoke(snapshot -> {
                if (version.get() == wanted) {
                    cached = new Cached(wanted, snapshot);
                }
            });
        });
    }

    /** Called by every knowledge write once its transaction has committed. */
    public void invalidate() {
        version.incrementAndGet();
    }

    /** Where the knowledge writes stand now: taken before a write reads what it builds on (see {@link #committed}). */
    long mark() {
        return version.get();
    }

    /**
     * Called instead of {@link #invalidate} by a write that knows the whole knowledge it committed: that snapshot
     * becomes the current one without a read, unless another write came after {@code mark}, when it is read anew.
     */
    void committed(long mark, KnowledgeSnapshot snapshot) {
        if (version.compareAndSet(mark, mark + 1)) {
            cached = new Cached(mark + 1, snapshot);
        } else {
            invalidate();
        }
    }

    /** The snapshot of these rows as {@link #current} would read them back (ids ordered as the database orders them). */
    static KnowledgeSnapshot of(List<Person> people, List<Office> offices, List<Tenure> tenures) {
        return new KnowledgeSnapshot(
                byId(people, p -> p.id, p -> new KnowledgeSnapshot.Person(p.id.toString(), p.name, p.aliases)),
                byId(offices, o -> o.id, o -> new KnowledgeSnapshot.Office(o.id.toString(), o.title, o.jurisdiction,
                        o.adjectives, o.aliases, o.knownUntil)),
                byId(tenures, t -> t.id, t -> new KnowledgeSnapshot.Tenure(t.id.toString(), t.personId.toString(),
                        t.officeId.toString(), t.startDate, t.endDate, t.precision, t.source,
                        KnowledgeFile.isActing(t.note))));
    }

    private static <E, T> List<T> byId(List<E> rows, Function<E, UUID> id, Function<E, T> mapper) {
        return rows.stream().sorted(Comparator.comparing(id, KnowledgeSnapshots::compareAsDatabase)).map(mapper).toList();
    }

    /** PostgreSQL orders uuids bytewise (unsigned); UUID.compareTo compares signed longs. */
    static int compareAsDatabase(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private Uni<KnowledgeSnapshot> load() {
        return rows(PEOPLE, r -> new KnowledgeSnapshot.Person(r.getUUID("id").toString(), r.getString("name"),
                strings(r, "aliases")))
                .chain(people -> rows(OFFICES, r -> new KnowledgeSnapshot.Office(r.getUUID("id").toString(),
                        r.getString("title"), r.getString("jurisdiction"), strings(r, "adjectives"),
                        strings(r, "aliases"), r.getLocalDate("known_until")))
                        .chain(offices -> rows(TENURES, r -> new KnowledgeSnapshot.Tenure(r.getUUID("id").toString(),
                                r.getUUID("person_id").toString(), r.getUUID("office_id").toString(),
                                r.getLocalDate("start_date"), r.getLocalDate("end_date"),
                                DatePrecision.valueOf(r.getString("precision")), r.getString("source"),
                                KnowledgeFile.isActing(r.getString("note"))))
                                .map(tenures -> new KnowledgeSnapshot(people, offices, tenures))));
    }

    private <T> Uni<List<T>> rows(String sql, Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute().map(rows -> KnowledgeLoadSql.list(rows, mapper));
    }

    private static List<String> strings(Row row, String column) {
        return KnowledgeLoadSql.strings(row, column);
    }

    private record Cached(long version, KnowledgeSnapshot snapshot) {
    }
}
