package io.factcheck.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.factcheck.claim.ClaimReads;
import io.factcheck.claim.ClaimView;
import io.factcheck.factcheck.FactCheckRepository;
import io.factcheck.factcheck.FactCheckView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds the candidates of a match in one statement each for claims and for external fact-checks, with the text measures
 * the scorer needs. Candidates come from channels that an index answers quickly at 100k claims: full-text search (the
 * GIN index on claim.search) for the query's rarer words, ranked by ts_rank_cd; and the claims about the people the
 * query is about (claim.person, a b-tree on lower(person)). Trigram similarity is computed on those candidates only: a
 * trigram index over news sentences finds the common trigrams of English in every row and took 250-700 ms at 100k
 * (src/docs/matching.md). Fact-checks are few, so their trigram index also finds candidates.
 */
@ApplicationScoped
public class CandidateSearch {

    /** Candidates per channel. */
    static final int TEXT_CANDIDATES = 60;
    static final int PERSON_CANDIDATES = 40;
    /** Lexemes in more than this share of claims are too common to find candidates by (they still score). */
    static final double COMMON_SHARE = 0.01;
    private static final Duration STATS_AGE = Duration.ofMinutes(5);

    /** The query's lexemes, the OR of the rarer ones (null when none), and the OR of all (null when none). */
    private static final String QUERY_CTES = """
            with ql as (
                select coalesce(array_agg(lx order by lx), '{}') as lexemes
                from unnest(tsvector_to_array(to_tsvector('english', $1))) lx
                where position(E'\\\\' in lx) = 0
            ), rare as (
                select case when count(*) = 0 then null
                       else to_tsquery('simple', string_agg('''' || replace(lx, '''', '''''') || '''', ' | ')) end as tsq
                from (select lx from ql, unnest(ql.lexemes) lx where lx <> all($2::text[]) limit 24) r
            ), everything as (
                select case when cardinality(ql.lexemes) = 0 then null
                       else to_tsquery('simple', array_to_string(array(
                           select '''' || replace(lx, '''', '''''') || '''' from unnest(ql.lexemes) lx), ' | ')) end as tsq
                from ql
            )""";

    /** $3 text limit, $4 person forms, $5 person limit, $6 claim left out, $7 article left out, $8 only these articles. */
    private static final String SCOPE = " and ($6::uuid is null or c.id <> $6) and ($7::uuid is null or c.article_id <> $7)"
            + " and ($8::uuid[] is null or c.article_id = any($8))";
    private static final String CLAIMS = QUERY_CTES + """
            , by_text as (
                select c.id from claim c, rare where rare.tsq is not null and c.search @@ rare.tsq %1$s
                order by ts_rank_cd(c.search, rare.tsq, 32) desc limit $3
            ), by_all as (
                select c.id from claim c, rare where rare.tsq is null and c.search @@ plainto_tsquery('english', $1) %1$s
                limit $3
            ), by_person as (
                select c.id from claim c where cardinality($4::text[]) > 0 and lower(c.person) = any($4::text[]) %1$s
                order by similarity(c.text, $1) desc limit $5
            ), ids as (
                select id from by_text union select id from by_all union select id from by_person
            )
            select %2$s, a.published_at as article_published_at,
                   coalesce(ts_rank_cd(c.search, everything.tsq, 32), 0) as rank,
                   greatest(similarity(c.text, $1), similarity(c.anchor_exact, $1)) as trigram,
                   greatest(word_similarity(c.anchor_exact, $1), word_similarity($1, c.text)) as word_trigram,
                   tsvector_to_array(to_tsvector('english', c.text || ' ' || c.anchor_exact)) as lexemes,
                   ql.lexemes as query_lexemes
            from ids join claim c on c.id = ids.id join article a on a.id = c.article_id
            cross join everything cross join ql
            """.formatted(SCOPE, ClaimReads.COLUMNS);

    private static final String FACT_CHECKS = QUERY_CTES + """
            , by_text as (
                select f.id from external_factcheck f, rare where rare.tsq is not null and f.search @@ rare.tsq
                order by ts_rank_cd(f.search, rare.tsq, 32) desc limit $3
            ), by_trigram as (
                select f.id from external_factcheck f where f.claim_text %% $1
                order by similarity(f.claim_text, $1) desc limit $3
            ), ids as (
                select id from by_text union select id from by_trigram
            )
            select %1$s,
                   coalesce(ts_rank_cd(f.search, everything.tsq, 32), 0) as rank,
                   similarity(f.claim_text, $1) as trigram,
                   greatest(word_similarity(f.claim_text, $1), word_similarity($1, f.claim_text)) as word_trigram,
                   tsvector_to_array(to_tsvector('english', f.claim_text)) as lexemes,
                   ql.lexemes as query_lexemes
            from ids join external_factcheck f on f.id = ids.id cross join everything cross join ql
            """.formatted(FactCheckRepository.COLUMNS);

    private static final String COMMON_LEXEMES = "select e from (select unnest(most_common_elems::text::text[]) as e, "
            + "unnest(most_common_elem_freqs) as f from pg_stats where schemaname = current_schema() "
            + "and tablename = 'claim' and attname = 'search') s where e is not null and f > $1";

    private final Pool pool;
    private final ClaimReads claims;
    private volatile CommonLexemes common;

    public CandidateSearch(Pool pool, ClaimReads claims) {
        this.pool = pool;
        this.claims = claims;
    }

    /** Where candidates may come from: not the query claim itself, not its own article, only some articles (tests). */
    record Scope(UUID exceptClaim, UUID exceptArticle, List<UUID> onlyArticles) {

        static final Scope EVERYWHERE = new Scope(null, null, null);
    }

    record ClaimCandidate(ClaimView claim, LocalDate articleDate, MatchScorer.TextMeasures text) {
    }

    record FactCheckCandidate(FactCheckView factCheck, MatchScorer.TextMeasures text) {
    }

    Uni<List<ClaimCandidate>> claims(String text, List<String> personForms, Scope scope) {
        return commonLexemes().chain(common -> pool.preparedQuery(CLAIMS).execute(Tuple.from(new Object[] { text,
                common, (long) TEXT_CANDIDATES, personForms.toArray(String[]::new), (long) PERSON_CANDIDATES, scope.exceptClaim(),
                scope.exceptArticle(), scope.onlyArticles() == null ? null : scope.onlyArticles().toArray(UUID[]::new) })))
                .map(rows -> {
                    List<ClaimCandidate> out = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        out.add(new ClaimCandidate(claims.view(row), row.getLocalDate("article_published_at"),
                                measures(row)));
                    }
                    return out;
                });
    }

    Uni<List<FactCheckCandidate>> factChecks(String text) {
        return commonLexemes().chain(common -> pool.preparedQuery(FACT_CHECKS)
                .execute(Tuple.of(text, common, (long) TEXT_CANDIDATES)))
                .map(rows -> {
                    List<FactCheckCandidate> out = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        out.add(new FactCheckCandidate(FactCheckRepository.view(row), measures(row)));
                    }
                    return out;
                });
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
