package io.factcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.factcheck.check.Annotation;
import io.factcheck.check.KnowledgeSnapshot;
import io.factcheck.check.RoleChecker;
import io.factcheck.claim.Verdict;
import io.factcheck.knowledge.DatePrecision;
import io.factcheck.knowledge.KnowledgeFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads a large benchmark dataset straight into the service's PostgreSQL with {@code COPY ... FROM STDIN}, for sizes the
 * API would take hours to load (issue #16: 100,000 articles, 1,000,000 claims). Run it after the service has started
 * on its database, so that Flyway has made the schema and the knowledge is stored.
 * <p>
 * The rows are those the API would write for {@link DatasetLoader}'s requests, with the same texts for the same seed:
 * each article PUBLISHED, its CHECKER claims found by the service's own checker on the knowledge read from the
 * database (so annotations name the stored people and offices), one or two EDITOR claims anchored on a sentence of the
 * body, and reviews of about one claim in ten (status, verdict, confidence, version and reviewed_at as a review leaves
 * them). Not written: claim events (the live stream's history) and the matcher's suggestions; the measured reads use
 * neither. The plain indexes of the three tables are dropped for the load and rebuilt after it, in the same
 * transaction, then the tables are vacuumed and analysed so the planner sees their real sizes.
 * <p>
 * {@code java -cp target/benchmarks.jar io.factcheck.bench.BulkDataset --pg-port 55432 --out target/bench/ids
 * [--articles 100000] [--claims 1000000] [--seed 42] [--batch 500]}
 */
public final class BulkDataset {

    /** The name a review records when the bootstrap admin key wrote it (DatasetLoader posts with that key). */
    private static final String REVIEWED_BY = "CLAIMS_ADMIN_KEY";
    private static final String ARTICLE_COLUMNS = "id, url, title, publisher, author, language, published_at, "
            + "published_at_approximate, body, content_hash, version, created_at, updated_at, published_instant, "
            + "state, state_changed_at";
    private static final String CLAIM_COLUMNS = "id, article_id, text, anchor_start, anchor_end, anchor_exact, "
            + "anchor_prefix, anchor_suffix, claimant, person, origin, status, verdict, confidence, annotation, "
            + "reviewed_at, version, created_at, updated_at";
    private static final String REVIEW_COLUMNS = "id, claim_id, verdict, confidence, summary, evidence, reviewer, "
            + "created_at, reviewed_by";
    private static final List<String> TABLES = List.of("article", "claim", "review");

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int articles;
    private final int targetClaims;
    private final long seed;
    private final int batchSize;
    /** The annotation JSON as the service stores it: Quarkus' mapper writes ISO dates and keeps null fields. */
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** The clock rows are stamped with: microseconds, one step per row, as a fast API load would stamp them. */
    private long micros;
    private final Random idBits;
    private int claimCount;
    private int reviewCount;
    private final List<String> articleIds = new ArrayList<>();
    private final List<String> claimIds = new ArrayList<>();
    private final List<List<String>> editorTerms = new ArrayList<>();

    private BulkDataset(Map<String, String> args) {
        this.jdbcUrl = "jdbc:postgresql://" + args.getOrDefault("pg-host", "127.0.0.1") + ":"
                + args.getOrDefault("pg-port", "55432") + "/" + args.getOrDefault("database", "claims");
        this.user = args.getOrDefault("user", "postgres");
        this.password = args.getOrDefault("password", "");
        this.articles = Integer.parseInt(args.getOrDefault("articles", "100000"));
        this.targetClaims = Integer.parseInt(args.getOrDefault("claims", "1000000"));
        this.seed = Long.parseLong(args.getOrDefault("seed", "42"));
        this.batchSize = Integer.parseInt(args.getOrDefault("batch", "500"));
        this.idBits = new Random(seed ^ 0x5DEECE66DL);
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = BenchArgs.parse(argv);
        if (args.get("out") == null) {
            throw new IllegalArgumentException("--out is required");
        }
        // A failure ends main with exit code 1: the generating thread is a daemon and holds nothing open.
        new BulkDataset(args).run(Path.of(args.get("out")));
    }

    /** One batch of generated articles as COPY input, in the order the foreign keys need. */
    private record Batch(int articles, String articleRows, String claimRows, String reviewRows) {
    }

    /** A generated article before its claims are counted: the text, its own random stream and what the checker found. */
    private record Draft(int index, NewsText.Article article, long articleSeed, List<Annotation> findings) {
    }

    private void run(Path out) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("complete"));
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            RoleChecker checker = new RoleChecker(knowledge(db));
            log(started, "checker compiled on the stored knowledge");
            micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now())
                    - 10L * (articles + targetClaims + targetClaims / 8);
            // Generation (the checker's CPU) runs ahead of the COPY on its own thread; two batches in flight at most.
            BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(2);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread producer = new Thread(() -> produce(checker, batches, failure), "bulk-generate");
            producer.setDaemon(true);
            producer.start();

            db.setAutoCommit(false);
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            Map<String, String> indexes;
            try (Statement st = db.createStatement()) {
                // Foreign keys are checked by per-row triggers; the rows are generated with their parents, so those
                // million lookups are skipped (superuser only: the embedded server's user is one). CHECKs still apply.
                st.execute("set local session_replication_role = replica");
                st.execute("set local maintenance_work_mem = '512MB'");
                indexes = plainIndexes(db);
                for (String name : indexes.keySet()) {
                    st.execute("drop index " + name);
                }
            }
            int loaded = 0;
            while (loaded < articles) {
                Batch batch = batches.take();
                if (batch.articles() < 0) {
                    throw new IllegalStateException("generation failed", failure.get());
                }
                copy.copyIn("copy article (" + ARTICLE_COLUMNS + ") from stdin (format csv)",
                        new StringReader(batch.articleRows()));
                copy.copyIn("copy claim (" + CLAIM_COLUMNS + ") from stdin (format csv)",
                        new StringReader(batch.claimRows()));
                copy.copyIn("copy review (" + REVIEW_COLUMNS + ") from stdin (format csv)",
                        new StringReader(batch.reviewRows()));
                loaded += batch.articles();
                if (loaded % Math.max(batchSize, articles / 20) < batch.articles() || loaded == articles) {
                    log(started, String.format("copied %,d/%,d articles", loaded, articles));
                }
            }
            try (Statement st = db.createStatement()) {
                for (String definition : indexes.values()) {
                    st.execute(definition);
                }
            }
            db.commit();
            log(started, "indexes rebuilt: " + String.join(", ", indexes.keySet()));
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute("vacuum (analyze) article, claim, review");
            }
            log(started, "vacuumed and analysed");
            List<String> queries = fullPageQueries(db, DatasetLoader.candidateQueries(editorTerms, seed));
            Files.write(out.resolve("articles.txt"), articleIds);
            claimIds.sort(null); // UUIDv7: time order, as DatasetLoader writes them
            Files.write(out.resolve("claims.txt"), claimIds);
            Files.write(out.resolve("queries.txt"), queries);
            double seconds = (System.nanoTime() - started) / 1e9;
            String summary = String.format("{\"articles\":%d,\"claims\":%d,\"reviews\":%d,\"queries\":%d,"
                            + "\"seconds\":%.1f,\"seed\":%d,\"loader\":\"copy\"}", articleIds.size(), claimIds.size(),
                    reviewCount, queries.size(), seconds, seed);
            Files.writeString(out.resolve("complete"), summary + "\n");
            System.out.println("dataset loaded: " + summary);
        }
    }

    private void produce(RoleChecker checker, BlockingQueue<Batch> batches, AtomicReference<Throwable> failure) {
        try {
            Random rnd = new Random(seed);
            NewsText text = new NewsText();
            for (int first = 0; first < articles; first += batchSize) {
                // The same draws, in the same order, as DatasetLoader: the same seed gives the same texts.
                List<Draft> drafts = new ArrayList<>();
                for (int i = first; i < Math.min(articles, first + batchSize); i++) {
                    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3985));
                    NewsText.Article a = text.article(rnd, 1500 + rnd.nextInt(2500), date,
                            DatasetLoader.MAX_EDITOR_CLAIMS);
                    drafts.add(new Draft(i, a, rnd.nextLong(), null));
                }
                // The checker is the costly part and depends on the text alone: both cores.
                List<Draft> checked = drafts.parallelStream().map(d -> new Draft(d.index(), d.article(),
                        d.articleSeed(), checker.check(d.article().body(), d.article().publishedAt()))).toList();
                batches.put(rows(checked));
            }
        } catch (Throwable e) {
            failure.set(e);
            batches.offer(new Batch(-1, "", "", ""));
        }
    }

    /** A claim as generated, before its reviews set its status and verdict. */
    private static final class ClaimRow {
        String uuid;
        int start;
        int end;
        String text;
        String claimant;
        String person;
        String origin;
        String verdict;
        Double confidence;
        String annotation;
        long createdMicros;
    }

    private Batch rows(List<Draft> drafts) throws Exception {
        StringBuilder articleCsv = new StringBuilder();
        StringBuilder claimCsv = new StringBuilder();
        StringBuilder reviewCsv = new StringBuilder();
        for (Draft d : drafts) {
            NewsText.Article a = d.article();
            Random ar = new Random(d.articleSeed());
            long created = micros++;
            String articleId = uuid7(created);
            String stamp = timestamp(created);
            csv(articleCsv, articleId, "https://bench.example.org/news/" + seed + "/" + d.index(), a.title(),
                    NewsText.pick(ar, DatasetLoader.PUBLISHERS), NewsText.pick(ar, DatasetLoader.AUTHORS), "en",
                    a.publishedAt().toString(), "false", a.body(), sha256(a.body()), "0", stamp, stamp,
                    timestamp(ChronoUnit.MICROS.between(Instant.EPOCH,
                            a.publishedAt().atStartOfDay(ZoneOffset.UTC).toInstant())),
                    "PUBLISHED", stamp);
            articleIds.add(articleId);

            // What ArticleChecking stores: every finding that is not ACCURATE, unless it overlaps one stored before.
            List<ClaimRow> claims = new ArrayList<>();
            for (Annotation f : d.findings()) {
                if (f.verdict() == Verdict.ACCURATE
                        || claims.stream().anyMatch(c -> f.start() < c.end && c.start < f.end())) {
                    continue;
                }
                ClaimRow c = claim(f.start(), f.end(), "CHECKER", micros++);
                c.text = f.quote();
                c.person = f.person() == null ? null : f.person().name();
                c.verdict = f.verdict().name();
                c.confidence = f.confidence();
                c.annotation = json.writeValueAsString(f);
                claims.add(c);
            }
            // The API answers the article's claims in text order; DatasetLoader reviews them in that order.
            claims.sort(Comparator.comparingInt((ClaimRow c) -> c.start).thenComparing(c -> UUID.fromString(c.uuid)));
            claimCount += claims.size();
            int editors = DatasetLoader.editorClaims(a.editorClaims().size(), articles - d.index(), claimCount,
                    targetClaims);
            for (NewsText.Sentence s : a.editorClaims().subList(0, editors)) {
                int start = a.body().indexOf(s.text()); // NewsText writes each sentence once: the quote is unique
                ClaimRow c = claim(start, start + s.text().length(), "EDITOR", micros++);
                c.text = s.text();
                c.claimant = s.claimant();
                c.person = s.person();
                claims.add(c);
                editorTerms.add(s.terms());
            }
            claimCount += editors;

            for (ClaimRow c : claims) {
                int times = DatasetLoader.reviewTimes(ar);
                long reviewedAt = -1;
                for (int t = 0; t < times; t++) {
                    DatasetLoader.ReviewDraft r = DatasetLoader.reviewDraft(ar);
                    reviewedAt = micros++;
                    String evidence = "{\"items\": [{\"url\": \"" + r.evidenceUrl() + "\", \"title\": \"Source document\", "
                            + "\"publisher\": null, \"quote\": null}]}";
                    csv(reviewCsv, uuid7(reviewedAt), c.uuid, r.verdict(), Double.toString(r.confidence()),
                            r.summary(), evidence, r.reviewer(), timestamp(reviewedAt), REVIEWED_BY);
                    c.verdict = r.verdict();
                    c.confidence = r.confidence();
                    reviewCount++;
                }
                var anchor = anchor(a.body(), c.start, c.end);
                String updated = timestamp(times > 0 ? reviewedAt : c.createdMicros);
                csv(claimCsv, c.uuid, articleId, c.text, Integer.toString(c.start), Integer.toString(c.end),
                        anchor[0], anchor[1], anchor[2], c.claimant, c.person, c.origin,
                        times > 0 ? "REVIEWED" : "PENDING", c.verdict,
                        c.confidence == null ? null : Double.toString(c.confidence), c.annotation,
                        times > 0 ? updated : null, Integer.toString(times), timestamp(c.createdMicros), updated);
                claimIds.add(c.uuid);
            }
        }
        return new Batch(drafts.size(), articleCsv.toString(), claimCsv.toString(), reviewCsv.toString());
    }

    private ClaimRow claim(int start, int end, String origin, long createdMicros) {
        ClaimRow c = new ClaimRow();
        c.uuid = uuid7(createdMicros);
        c.start = start;
        c.end = end;
        c.origin = origin;
        c.createdMicros = createdMicros;
        return c;
    }

    /** exact, prefix, suffix as AnchorResolver.at computes them: up to 32 characters of context, whole code points. */
    static String[] anchor(String body, int start, int end) {
        int prefixStart = Math.max(0, start - 32);
        if (prefixStart > 0 && Character.isLowSurrogate(body.charAt(prefixStart))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(body.length(), end + 32);
        if (suffixEnd < body.length() && Character.isLowSurrogate(body.charAt(suffixEnd))) {
            suffixEnd--;
        }
        return new String[]{body.substring(start, end), body.substring(prefixStart, start), body.substring(end, suffixEnd)};
    }

    /** The checker's knowledge as the service compiles it: the stored people, offices and terms, with their ids. */
    private static KnowledgeSnapshot knowledge(Connection db) throws SQLException {
        List<KnowledgeSnapshot.Person> people = new ArrayList<>();
        List<KnowledgeSnapshot.Office> offices = new ArrayList<>();
        List<KnowledgeSnapshot.Tenure> tenures = new ArrayList<>();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select id, name, aliases from person order by id")) {
                while (rs.next()) {
                    people.add(new KnowledgeSnapshot.Person(rs.getString(1), rs.getString(2), strings(rs.getArray(3))));
                }
            }
            try (ResultSet rs = st.executeQuery("select id, title, jurisdiction, adjectives, aliases, known_until "
                    + "from office order by id")) {
                while (rs.next()) {
                    offices.add(new KnowledgeSnapshot.Office(rs.getString(1), rs.getString(2), rs.getString(3),
                            strings(rs.getArray(4)), strings(rs.getArray(5)),
                            rs.getObject(6, LocalDate.class)));
                }
            }
            try (ResultSet rs = st.executeQuery("select id, person_id, office_id, start_date, end_date, precision, "
                    + "source, note from tenure order by id")) {
                while (rs.next()) {
                    tenures.add(new KnowledgeSnapshot.Tenure(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            DatePrecision.valueOf(rs.getString(6)), rs.getString(7),
                            KnowledgeFile.isActing(rs.getString(8))));
                }
            }
        }
        if (people.isEmpty() || tenures.isEmpty()) {
            throw new IllegalStateException("no knowledge in the database: start the service on it first");
        }
        System.out.printf("knowledge: %d people, %d offices, %d tenures%n", people.size(), offices.size(), tenures.size());
        return new KnowledgeSnapshot(people, offices, tenures);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** Name → definition of the tables' indexes that no constraint owns (primary keys and unique urls stay). */
    private static Map<String, String> plainIndexes(Connection db) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (PreparedStatement st = db.prepareStatement("select i.indexname, i.indexdef from pg_indexes i "
                + "where i.schemaname = current_schema() and i.tablename = any(?) and not exists (select 1 from "
                + "pg_constraint k where k.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))"
                + "::regclass) order by i.tablename, i.indexname")) {
            st.setArray(1, db.createArrayOf("text", TABLES.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return found;
    }

    /** The candidate terms whose search fills a 20-row page (the desk's search: the same full-text condition). */
    private static List<String> fullPageQueries(Connection db, List<String> candidates) throws SQLException {
        List<String> kept = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("select count(*) from (select 1 from claim c where "
                + "c.search @@ websearch_to_tsquery('english', ?) limit 20) page")) {
            for (String q : candidates) {
                st.setString(1, q);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 20) {
                        kept.add(q);
                    }
                }
            }
        }
        if (kept.size() < 50) {
            throw new IllegalStateException("only " + kept.size() + " search terms fill a 20-row page");
        }
        System.out.printf("%d of %d search terms fill a 20-row page%n", kept.size(), candidates.size());
        return kept;
    }

    /** A version 7 UUID (what the service's @UuidGenerator makes) at the row's millisecond; the rest seeded bits. */
    private String uuid7(long rowMicros) {
        long msb = ((rowMicros / 1000) << 16) | 0x7000L | (idBits.nextInt() & 0x0FFFL);
        long lsb = (idBits.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private static String timestamp(long epochMicros) {
        return Instant.EPOCH.plus(epochMicros, ChronoUnit.MICROS).toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One CSV row: null is an unquoted empty field, every value is quoted (so an empty string stays one). */
    private static void csv(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (values[i] != null) {
                out.append('"').append(values[i].replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static void log(long started, String what) {
        System.out.printf("[%5.0f s] %s%n", (System.nanoTime() - started) / 1e9, what);
    }
}
