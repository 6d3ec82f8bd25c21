package io.factcheck.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.factcheck.claim.ClaimReads;
import io.factcheck.common.security.Audience;
import io.factcheck.claim.ClaimView;
import io.factcheck.common.db.SideReads;
import io.factcheck.factcheck.FactCheckRepository;
import io.factcheck.factcheck.FactCheckView;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds the candidates of a match in one statement each for claims and for external fact-checks, with the text measures
 * the scorer needs, for a batch of queries at once: an article's new claims are matched in those two statements, not in
 * two per claim. Candidates come from channels that an index answers quickly at 100k claims: full-text search (the GIN
 * index on claim.search) for the query's rarer words, ranked by ts_rank_cd; and the claims about the people the query
 * is about (claim.person, a b-tree on lower(person)). Trigram similarity is computed on those candidates only: a trigram
 * index over news sentences finds the common trigrams of English in every row and took 250-700 ms at 100k
 * (src/docs/matching.md). Fact-checks are few, so their trigram index also finds candidates.
 */
@ApplicationScoped
public class CandidateSearch {

    /** Candidates per channel and query. */
    static final int TEXT_CANDIDATES = 60;
    static final int PERSON_CANDIDATES = 40;
    /**
     * How many rows a channel ranks at most, whatever the table's size: ranking every claim that shares one word with
     * the query took seconds at 1M claims (40,000 rows for four words each in 1% of claims). Claims sharing two of
     * the query's rarer words come first ({@link #PAIR_ROWS}), then any claim sharing one ({@link #CHANNEL_ROWS}).
     */
    static final int PAIR_ROWS = 1000;
    static final int CHANNEL_ROWS = 400;
    /** The query's longest rare lexemes that form the pairs (6: 15 pairs); length stands in for rarity. */
    static final int PAIR_LEXEMES = 6;
    /** Lexemes in more than this share of claims are too common to find candidates by (they still score). */
    static final double COMMON_SHARE = 0.01;
    private static final Duration STATS_AGE = Duration.ofMinutes(5);

    /**
     * The queries, a row each (i counts from 1; $1 their texts, $2 the common lexemes), with their lexemes, the OR of
     * the rarer ones (null when none) and the OR of all (null when none). %1$s: more columns of q, %2$s: the arrays
     * unnested, %3$s: their names after text.
     */
    private static final String QUERIES = """
            with q as (
                select t.i, t.text%1$s
                from unnest(%2$s) with ordinality as t(text, %3$si)
            ), qx as (
                select q.*, ql.lexemes, rare.tsq as rare, pairs.tsq as pairs, everything.tsq as everything
                from q
                cross join lateral (
                    select coalesce(array_agg(lx order by lx), '{}') as lexemes
                    from unnest(tsvector_to_array(to_tsvector('english', q.text))) lx
                    where position(E'\\\\' in lx) = 0
                ) ql
                cross join lateral (
                    select array(select lx from unnest(ql.lexemes) lx where lx <> all($2::text[])
                                 order by length(lx) desc, lx limit 24) as lexemes
                ) rl
                cross join lateral (
                    select case when count(*) = 0 then null
                           else to_tsquery('simple', string_agg('''' || replace(lx, '''', '''''') || '''', ' | ')) end as tsq
                    from unnest(rl.lexemes) lx
                ) rare
                cross join lateral (
                    select case when count(*) = 0 then null
                           else to_tsquery('simple', string_agg('(''' || replace(a.lx, '''', '''''') || ''' & '''
                                || replace(b.lx, '''', '''''') || ''')', ' | ')) end as tsq
                    from unnest(rl.lexemes[1:%4$d]) with ordinality a(lx, n)
                    join unnest(rl.lexemes[1:%4$d]) with ordinality b(lx, n) on a.n < b.n
                ) pairs
                cross join lateral (
                    select case when cardinality(ql.lexemes) = 0 then null
                           else to_tsquery('simple', array_to_string(array(
                               select '''' || replace(lx, '''', '''''') || '''' from unnest(ql.lexemes) lx), ' | ')) end as tsq
                ) everything
            )""";

    /** $3 text limit, $5 person limit, $8 only these articles (tests); per query, its claim and its article left out. */
    private static final String SCOPE = " and (qx.except_claim is null or c.id <> qx.except_claim)"
            + " and (qx.except_article is null or c.article_id <> qx.except_article)"
            + " and ($8::uuid[] is null or c.article_id = any($8))";
    /** Per query also $4 its person forms (a JSON array: arrays of arrays must be rectangular), $6 and $7 its scope. */
    private static final String CLAIMS = QUERIES.formatted(
            ", array(select jsonb_array_elements_text(t.persons::jsonb)) as persons, t.except_claim, t.except_article",
            "$1::text[], $4::text[], $6::uuid[], $7::uuid[]", "persons, except_claim, except_article, ", PAIR_LEXEMES)
            + """
            , ids as (
                select qx.i, m.id from qx cross join lateral (
                    select r.id from (select c.id, c.search from claim c
                                      where qx.pairs is not null and c.search @@ qx.pairs %1$s limit %5$d) r
                    order by ts_rank_cd(r.search, qx.rare, 32) desc limit $3) m
                union
                select qx.i, m.id from qx cross join lateral (
                    select r.id from (select c.id, c.search from claim c
                                      where qx.rare is not null and c.search @@ qx.rare %1$s limit %6$d) r
                    order by ts_rank_cd(r.search, qx.rare, 32) desc limit $3) m
                union
                select qx.i, m.id from qx cross join lateral (
                    select c.id from claim c where qx.rare is null and c.search @@ plainto_tsquery('english', qx.text) %1$s
                    limit $3) m
                union
                select qx.i, m.id from qx cross join lateral (
                    select r.id from unnest(qx.persons) form cross join lateral (
                        select c.id, c.text from claim c where lower(c.person) = form %1$s limit %6$d) r
                    order by similarity(r.text, qx.text) desc limit $5) m
            )
            select ids.i as query_index, %2$s, a.published_at as article_published_at,
                   coalesce(ts_rank_cd(c.search, qx.everything, 32), 0) as rank,
                   greatest(similarity(c.text, qx.text), similarity(c.anchor_exact, qx.text)) as trigram,
                   greatest(word_similarity(c.anchor_exact, qx.text), word_similarity(qx.text, c.text)) as word_trigram,
                   tsvector_to_array(to_tsvector('english', c.text || ' ' || c.anchor_exact)) as lexemes,
                   qx.lexemes as query_lexemes
            from ids join qx on qx.i = ids.i join claim c on c.id = ids.id join article a on a.id = c.article_id
            where $9::boolean is not true or (%3$s and %4$s)
            """.formatted(SCOPE, ClaimReads.COLUMNS, Audience.PUBLIC.articleCondition("a"),
            "c.status = '" + Audience.PUBLIC_CLAIM_STATUS + "'", PAIR_ROWS, CHANNEL_ROWS);

    private static final String FACT_CHECKS = QUERIES.formatted("", "$1::text[]", "", PAIR_LEXEMES) + """
            , ids as (
                select qx.i, m.id from qx cross join lateral (
                    select f.id from external_factcheck f where qx.rare is not null and f.search @@ qx.rare
                    order by ts_rank_cd(f.search, qx.rare, 32) desc limit $3) m
                union
                select qx.i, m.id from qx cross join lateral (
                    select f.id from external_factcheck f where f.claim_text %% qx.text
                    order by similarity(f.claim_text, qx.text) desc limit $3) m
            )
            select ids.i as query_index, %1$s,
                   coalesce(ts_rank_cd(f.search, qx.everything, 32), 0) as rank,
                   similarity(f.claim_text, qx.text) as trigram,
                   greatest(word_similarity(f.claim_text, qx.text), word_similarity(qx.text, f.claim_text)) as word_trigram,
                   tsvector_to_array(to_tsvector('english', f.claim_text)) as lexemes,
                   qx.lexemes as query_lexemes
            from ids join qx on qx.i = ids.i join external_factcheck f on f.id = ids.id
            """.formatted(FactCheckRepository.COLUMNS);

    private static final String COMMON_LEXEMES = "select e from (select unnest(most_common_elems::text::text[]) as e, "
            + "unnest(most_common_elem_freqs) as f from pg_stats where schemaname = current_schema() "
            + "and tablename = 'claim' and attname = 'search') s where e is not null and f > $1";

    private final SideReads pool;
    private final ClaimReads claims;
    private volatile CommonLexemes common;

    public CandidateSearch(SideReads pool, ClaimReads claims) {
        this.pool = pool;
        this.claims = claims;
    }

    /** Where candidates may come from: not the query claim itself, not its own article, only some articles (tests). */
    record Scope(UUID exceptClaim, UUID exceptArticle, List<UUID> onlyArticles, boolean publicOnly) {

        static final Scope EVERYWHERE = new Scope(null, null, null);

        Scope(UUID exceptClaim, UUID exceptArticle, List<UUID> onlyArticles) {
            this(exceptClaim, exceptArticle, onlyArticles, false);
        }

        /** Only claims the audience may see: for the public, reviewed claims of published articles. */
        Scope seenBy(Audience audience) {
            return new Scope(exceptClaim, exceptArticle, onlyArticles, !audience.seesAll());
        }
    }

    /** One query of a batch: its text, the name forms of the people it is about, where its candidates may come from. */
    record Query(String text, List<String> personForms, Scope scope) {
    }

    record ClaimCandidate(ClaimView claim, LocalDate articleDate, MatchScorer.TextMeasures text) {
    }

    record FactCheckCandidate(FactCheckView factCheck, MatchScorer.TextMeasures text) {
    }

    /** Each query's claim candidates, in the order of the queries; the queries share one onlyArticles and publicOnly. */
    Uni<List<List<ClaimCandidate>>> claims(List<Query> queries) {
        if (queries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> only = queries.get(0).scope().onlyArticles();
        if (queries.stream().anyMatch(q -> !Objects.equals(q.scope().onlyArticles(), only))) {
            throw new IllegalArgumentException("The queries of a batch share their onlyArticles");
        }
        String[] texts = queries.stream().map(Query::text).toArray(String[]::new);
        String[] persons = queries.stream().map(q -> new JsonArray(List.copyOf(q.personForms())).encode())
                .toArray(String[]::new);
        UUID[] exceptClaims = queries.stream().map(q -> q.scope().exceptClaim()).toArray(UUID[]::new);
        UUID[] exceptArticles = queries.stream().map(q -> q.scope().exceptArticle()).toArray(UUID[]::new);
        return commonLexemes().chain(common -> pool.preparedQuery(CLAIMS).execute(Tuple.from(new Object[] { texts,
                common, (long) TEXT_CANDIDATES, persons, (long) PERSON_CANDIDATES, exceptClaims, exceptArticles,
                only == null ? null : only.toArray(UUID[]::new), queries.get(0).scope().publicOnly() })))
                .map(rows -> byQuery(rows, queries.size(), row -> new ClaimCandidate(claims.view(row),
                        row.getLocalDate("article_published_at"), measures(row))));
    }

    /** Each text's fact-check candidates, in the order of the texts. */
    Uni<List<List<FactCheckCandidate>>> factChecks(List<String> texts) {
        if (texts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return commonLexemes().chain(common -> pool.preparedQuery(FACT_CHECKS)
                .execute(Tuple.of(texts.toArray(String[]::new), common, (long) TEXT_CANDIDATES)))
                .map(rows -> byQuery(rows, texts.size(),
                        row -> new FactCheckCandidate(FactCheckRepository.view(row), measures(row))));
    }

    private static <T> List<List<T>> byQuery(Iterable<Row> rows, int queries, Function<Row, T> candidate) {
        List<List<T>> out = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            out.add(new ArrayList<>());
        }
        for (Row row : rows) {
            out.get((int) (row.getLong("query_index") - 1)).add(candidate.apply(row));
        }
        return out;
    }

    private static MatchScorer.TextMeasures measures(Row row) {
        return new MatchScorer.TextMeasures(Arrays.asList(row.getArrayOfStrings("query_lexemes")),
                Arrays.asList(row.getArrayOfStrings("lexemes")), row.getDouble("trigram"),
                row.getDouble("word_trigram"), row.getDouble("rank"));
    }

    /**
     * The lexemes too common to find candidates by: the title words every claim uses, and what ANALYZE found in more
     * than 1% of claims (pg_stats, re-read every five minutes).
     */
    private Uni<String[]> commonLexemes() {
        CommonLexemes current = common;
        if (current != null && System.nanoTime() - current.readAt() < STATS_AGE.toNanos()) {
            return Uni.createFrom().item(current.lexemes());
        }
        return pool.preparedQuery(COMMON_LEXEMES).execute(Tuple.of(COMMON_SHARE)).map(rows -> {
            Set<String> all = new LinkedHashSet<>(MatchScorer.COMMON);
            for (Row row : rows) {
                all.add(row.getString("e"));
            }
            String[] lexemes = all.toArray(String[]::new);
            common = new CommonLexemes(lexemes, System.nanoTime());
            return lexemes;
        });
    }

    private record CommonLexemes(String[] lexemes, long readAt) {
    }
}
