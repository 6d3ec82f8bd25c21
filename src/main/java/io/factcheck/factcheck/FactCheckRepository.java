package io.factcheck.factcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.factcheck.common.Timestamps;
import io.factcheck.common.Uuids;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** External fact-checks on the reactive SQL pool: an import is one transaction of upserts by URL. */
@ApplicationScoped
public class FactCheckRepository {

    /** The columns {@link #view(Row)} reads, for other features' queries on external_factcheck f. */
    public static final String COLUMNS = "f.id, f.url, f.publisher, f.publisher_site, f.headline, f.claim_text, "
            + "f.claimant, f.claim_date, f.review_date, f.rating_text, f.rating, f.language, f.source_format, "
            + "f.created_at, f.updated_at";

    private static final String UPSERT = "insert into external_factcheck as f (id, url, publisher, publisher_site, "
            + "headline, claim_text, claimant, claim_date, review_date, rating_text, rating, language, source_format, "
            + "created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) "
            + "on conflict (url) do update set publisher = excluded.publisher, publisher_site = excluded.publisher_site, "
            + "headline = excluded.headline, claim_text = excluded.claim_text, claimant = excluded.claimant, "
            + "claim_date = excluded.claim_date, review_date = excluded.review_date, rating_text = excluded.rating_text, "
            + "rating = excluded.rating, language = excluded.language, source_format = excluded.source_format, "
            + "updated_at = excluded.updated_at returning " + COLUMNS + ", (xmax = 0) as inserted";

    private final Pool pool;

    public FactCheckRepository(Pool pool) {
        this.pool = pool;
    }

    public record Stored(FactCheckView view, boolean inserted) {
    }

    /** Stores every fact-check, inserting new URLs and replacing known ones, in one transaction. */
    Uni<List<Stored>> upsert(List<ImportedFactCheck> items) {
        Instant now = Timestamps.now();
        return pool.withTransaction(connection -> upsertAll(connection, items, now));
    }

    private Uni<List<Stored>> upsertAll(SqlClient connection, List<ImportedFactCheck> items, Instant now) {
        List<Stored> stored = new ArrayList<>(items.size());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ImportedFactCheck item : items) {
            chain = chain.chain(() -> connection.preparedQuery(UPSERT).execute(tuple(item, now)).invoke(rows -> {
                Row row = rows.iterator().next();
                stored.add(new Stored(view(row), row.getBoolean("inserted")));
            })).replaceWithVoid();
        }
        return chain.replaceWith(stored);
    }

    public Uni<FactCheckView> byId(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from external_factcheck f where f.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? view(rows.iterator().next()) : null);
    }

    private static Tuple tuple(ImportedFactCheck f, Instant now) {
        return Tuple.from(new Object[] { Uuids.v7(), f.url(), f.publisher(),
                f.publisherSite(), f.headline(), f.claimText(), f.claimant(), f.claimDate(), f.reviewDate(),
                f.ratingText(), f.rating(), f.language(), f.format().name(), now.atOffset(ZoneOffset.UTC) });
    }

    public static FactCheckView view(Row row) {
        LocalDate claimDate = row.getLocalDate("claim_date");
        LocalDate reviewDate = row.getLocalDate("review_date");
        return new FactCheckView(row.getUUID("id"), row.getString("url"), row.getString("publisher"),
                row.getString("publisher_site"), row.getString("headline"), row.getString("claim_text"),
                row.getString("claimant"), claimDate, reviewDate, row.getString("rating_text"),
                row.getDouble("rating"), row.getString("language"),
                FactCheckFormat.valueOf(row.getString("source_format")),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
