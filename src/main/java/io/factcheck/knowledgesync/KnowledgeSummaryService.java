package io.factcheck.knowledgesync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import io.factcheck.knowledge.KnowledgeFileHeader;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds GET /knowledge in one statement (counts and dates) plus the shipped file's header, read once. */
@ApplicationScoped
public class KnowledgeSummaryService {

    private static final String SQL = """
            select (select count(*) from person) as people,
                   (select count(*) from office) as offices,
                   (select count(*) from tenure) as tenures,
                   (select min(known_until) from office) as known_min,
                   (select max(known_until) from office) as known_max,
                   (select count(*) from office where known_until is null) as known_none,
                   (select count(*) from knowledge_change where status = 'PROPOSED') as proposals,
                   (select loaded_at from data_load where name = $1) as shipped_loaded_at,
                   (select count(*) from tenure where origin = 'SHIPPED') as shipped_tenures,
                   (select count(*) from tenure where origin = 'API') as api_tenures,
                   (select max(updated_at) from tenure where origin = 'API') as api_last,
                   (select count(*) from tenure where origin = 'WIKIDATA') as wikidata_tenures,
                   (select max(updated_at) from tenure where origin = 'WIKIDATA') as wikidata_last_change,
                   (select max(confirmed_at) from tenure where origin = 'WIKIDATA') as wikidata_last_confirmed
            """;
    private static final String LATEST_RUNS = """
            (select 'import' as which, id, kind, state, created_at, finished_at from knowledge_sync
               where kind = 'IMPORT' order by created_at desc limit 1)
            union all
            (select 'sync', id, kind, state, created_at, finished_at from knowledge_sync
               where kind = 'SYNC' order by created_at desc limit 1)
            union all
            (select 'succeeded', id, kind, state, created_at, finished_at from knowledge_sync
               where kind = 'SYNC' and state = 'SUCCEEDED' order by created_at desc limit 1)
            """;

    private final Pool pool;
    private final SyncSettings.Sync settings;
    private final KnowledgeFileHeader shipped = KnowledgeFileHeader.shipped();

    public KnowledgeSummaryService(Pool pool, SyncSettings settings) {
        this.pool = pool;
        this.settings = settings.sync();
    }

    public Uni<KnowledgeSummary> summary() {
        return pool.preparedQuery(SQL).execute(Tuple.of("knowledge:" + shipped.version()))
                .map(rows -> rows.iterator().next())
                .chain(row -> pool.query(LATEST_RUNS).execute().map(runs -> {
                    KnowledgeSummary.RunRef lastImport = null;
                    KnowledgeSummary.RunRef lastSync = null;
                    KnowledgeSummary.RunRef lastSucceeded = null;
                    for (Row run : runs) {
                        KnowledgeSummary.RunRef ref = new KnowledgeSummary.RunRef(run.getUUID("id"),
                                SyncKind.valueOf(run.getString("kind")), SyncState.valueOf(run.getString("state")),
                                instant(run.getOffsetDateTime("created_at")), instant(run.getOffsetDateTime("finished_at")));
                        switch (run.getString("which")) {
                            case "import" -> lastImport = ref;
                            case "sync" -> lastSync = ref;
                            default -> lastSucceeded = ref;
                        }
                    }
                    return new KnowledgeSummary(shipped.version(), shipped.asOf(),
                            new KnowledgeSummary.Counts(row.getLong("people"), row.getLong("offices"),
                                    row.getLong("tenures")),
                            new KnowledgeSummary.KnownUntil(row.getLocalDate("known_min"),
                                    row.getLocalDate("known_max"), row.getLong("known_none")),
                            new KnowledgeSummary.Sources(
                                    new KnowledgeSummary.Shipped(shipped.version(), shipped.asOf(), shipped.about(),
                                            instant(row.getOffsetDateTime("shipped_loaded_at")),
                                            row.getLong("shipped_tenures")),
                                    new KnowledgeSummary.Api(row.getLong("api_tenures"),
                                            instant(row.getOffsetDateTime("api_last"))),
                                    new KnowledgeSummary.Wikidata(row.getLong("wikidata_tenures"),
                                            instant(row.getOffsetDateTime("wikidata_last_change")),
                                            instant(row.getOffsetDateTime("wikidata_last_confirmed")),
                                            lastImport, lastSync, lastSucceeded)),
                            row.getLong("proposals"),
                            new KnowledgeSummary.Schedule(settings.mode().name().toLowerCase(Locale.ROOT),
                                    settings.dailyAt(), settings.sparqlUrl().toString()));
                }));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
