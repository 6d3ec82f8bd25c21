package io.factcheck.matching;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.factcheck.check.CheckService;
import io.factcheck.check.KnowledgeSnapshot;
import io.factcheck.claim.ClaimReads;
import io.factcheck.common.security.Audience;
import io.factcheck.claim.ClaimView;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.db.SideReads;
import io.factcheck.knowledge.KnowledgeSnapshots;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * "Has this been checked already?": the claims (and other publishers' fact-checks) most likely to make the same
 * statement as a text or a claim, best first, each with its score and why. Candidates come from {@link CandidateSearch};
 * what each is about comes from the checker ({@link TraitReader}); {@link MatchScorer} weighs the two.
 */
@ApplicationScoped
public class ClaimMatcher {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 10;
    /** With the checker's warm-up: after the knowledge file is loaded, before the seed corpus is matched. */
    private static final int WARM_UP_PRIORITY = Interceptor.Priority.APPLICATION + 200;

    private static final String CLAIM = "select " + ClaimReads.COLUMNS + ", a.published_at as article_published_at "
            + "from claim c join article a on a.id = c.article_id where c.id = $1";

    private final CandidateSearch candidates;
    private final CheckService checker;
    private final KnowledgeSnapshots snapshots;
    private final ClaimReads claims;
    private final SideReads pool;
    private volatile Names names;

    public ClaimMatcher(CandidateSearch candidates, CheckService checker, KnowledgeSnapshots snapshots,
            ClaimReads claims, SideReads pool) {
        this.candidates = candidates;
        this.checker = checker;
        this.snapshots = snapshots;
        this.claims = claims;
        this.pool = pool;
    }

    /** What a free text matches: the checker reads it at its date (today when none) first. */
    public Uni<List<SimilarItem>> similarToText(String text, LocalDate date, int limit, Audience audience) {
        return similarToText(text, date, limit, CandidateSearch.Scope.EVERYWHERE.seenBy(audience), true);
    }

    Uni<List<SimilarItem>> similarToText(String text, LocalDate date, int limit, CandidateSearch.Scope scope,
            boolean factChecks) {
        LocalDate reference = date != null ? date : LocalDate.now(ZoneOffset.UTC);
        return names().chain(names -> checker.check(text, reference)
                .map(annotations -> TraitReader.ofText(text, annotations, date, names))
                .chain(traits -> search(List.of(new Query(text, traits, scope)), names, factChecks, limit,
                        MatchScorer.DISPLAY_THRESHOLD))
                .map(found -> found.get(0)));
    }

    /**
     * What an existing claim matches, itself left out, among what the audience may see; 404 when there is no such
     * claim (the caller has checked that the audience may see it).
     */
    public Uni<List<SimilarItem>> similarToClaim(UUID claimId, int limit, Audience audience) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(claimId)).chain(rows -> {
            if (!rows.iterator().hasNext()) {
                return Uni.createFrom().failure(new ResourceNotFoundException("claim", claimId));
            }
            Row row = rows.iterator().next();
            ClaimView claim = claims.view(row);
            return similarToClaim(claim, row.getLocalDate("article_published_at"),
                    new CandidateSearch.Scope(claim.id(), null, null).seenBy(audience), limit,
                    MatchScorer.DISPLAY_THRESHOLD);
        });
    }

    /** A claim to find suggestions for: the claim and the date of its article. */
    record NewClaim(ClaimView claim, LocalDate articleDate) {
    }

    /**
     * The suggestions for new claims, in their order: claims of other articles and fact-checks scoring at least the
     * threshold. All of them are matched together, in the same two statements whatever their number.
     */
    Uni<List<List<SimilarItem>>> suggestionsFor(List<NewClaim> fresh) {
        return names().chain(names -> search(fresh.stream().map(c -> claimQuery(c.claim(), c.articleDate(),
                new CandidateSearch.Scope(c.claim().id(), c.claim().articleId(), null), names)).toList(), names, true,
                MatchScorer.SUGGESTIONS_PER_CLAIM, MatchScorer.SUGGESTION_THRESHOLD));
    }

    private Uni<List<SimilarItem>> similarToClaim(ClaimView claim, LocalDate articleDate, CandidateSearch.Scope scope,
            int limit, double threshold) {
        return names().chain(names -> search(List.of(claimQuery(claim, articleDate, scope, names)), names, true, limit,
                threshold)).map(found -> found.get(0));
    }

    /** What a claim is matched by: its text and, when the checker's anchor says it otherwise, that wording too. */
    private static Query claimQuery(ClaimView claim, LocalDate articleDate, CandidateSearch.Scope scope,
            KnowledgeNames names) {
        String text = claim.text().equals(claim.anchor().exact()) ? claim.text()
                : claim.text() + "\n" + claim.anchor().exact();
        return new Query(text, TraitReader.ofClaim(claim, articleDate, names), scope);
    }

    private record Query(String text, Traits traits, CandidateSearch.Scope scope) {
    }

    /** A match and its uncapped score, which orders the matches that share the score 1. */
    private record Scored(SimilarItem item, double uncapped) {
    }

    /** Each query's matches at or above the threshold, best first, at most limit; in the order of the queries. */
    private Uni<List<List<SimilarItem>>> search(List<Query> queries, KnowledgeNames names, boolean factChecks,
            int limit, double threshold) {
        List<String> texts = queries.stream().map(Query::text).toList();
        Uni<List<List<CandidateSearch.ClaimCandidate>>> fromClaims = candidates.claims(queries.stream()
                .map(q -> new CandidateSearch.Query(q.text(), names.forms(q.traits().persons()), q.scope())).toList());
        Uni<List<List<CandidateSearch.FactCheckCandidate>>> fromFactChecks = !factChecks
                ? Uni.createFrom().item(queries.stream().map(q -> List.<CandidateSearch.FactCheckCandidate>of()).toList())
                : candidates.factChecks(texts);
        // Scoring reads every candidate's traits: tens of milliseconds for an article's claims against a large
        // store, CPU work that belongs on a worker, not on the event loop serving every other request
        return fromClaims.chain(claimsFound -> fromFactChecks.chain(factChecksFound -> VertxContextSupport
                .executeBlocking(() -> {
            List<List<SimilarItem>> out = new ArrayList<>(queries.size());
            for (int i = 0; i < queries.size(); i++) {
                Traits traits = queries.get(i).traits();
                List<Scored> items = new ArrayList<>();
                for (CandidateSearch.ClaimCandidate c : claimsFound.get(i)) {
                    Traits other = TraitReader.ofClaim(c.claim(), c.articleDate(), names);
                    MatchScorer.Score score = MatchScorer.score(traits, other, c.text(), names);
                    items.add(new Scored(SimilarItem.of(c.claim(), score), score.uncapped()));
                }
                for (CandidateSearch.FactCheckCandidate f : factChecksFound.get(i)) {
                    LocalDate date = f.factCheck().claimDate() != null ? f.factCheck().claimDate()
                            : f.factCheck().reviewDate();
                    Traits other = TraitReader.ofFactCheck(f.factCheck().claimText(), date, names);
                    MatchScorer.Score score = MatchScorer.score(traits, other, f.text(), names);
                    items.add(new Scored(SimilarItem.of(f.factCheck(), score), score.uncapped()));
                }
                out.add(items.stream().filter(s -> s.item().score() >= threshold)
                        .sorted(Comparator.comparingDouble((Scored s) -> s.item().score())
                                .thenComparingDouble(Scored::uncapped).reversed()
                                .thenComparing(s -> idOf(s.item())))
                        .map(Scored::item).limit(limit).toList());
            }
            return out;
        })));
    }

    private static String idOf(SimilarItem item) {
        return item.claim() != null ? item.claim().id().toString() : item.factCheck().id().toString();
    }

    /**
     * The knowledge's names, rebuilt when the knowledge changes (the snapshot is the same object until then). Building
     * them takes a second or more on the world knowledge: never on an event loop, so on a worker thread, and once at
     * start-up, so the first match does not wait for it.
     */
    private Uni<KnowledgeNames> names() {
        return snapshots.current().chain(snapshot -> {
            Names current = names;
            if (current != null && current.snapshot() == snapshot) {
                return Uni.createFrom().item(current.names());
            }
            return VertxContextSupport.executeBlocking(() -> namesOf(snapshot));
        });
    }

    private synchronized KnowledgeNames namesOf(KnowledgeSnapshot snapshot) {
        if (names == null || names.snapshot() != snapshot) {
            names = new Names(snapshot, new KnowledgeNames(snapshot));
        }
        return names.names();
    }

    void onStart(@Observes @Priority(WARM_UP_PRIORITY) StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(this::names);
    }

    private record Names(KnowledgeSnapshot snapshot, KnowledgeNames names) {
    }
}
