package io.factcheck.matching;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.factcheck.common.QueryParams;
import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.problem.InvalidParameterException;
import io.factcheck.common.security.ReadAccess;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** "Has this been checked already?" (a sub-path of its own, as /claims/stream is, beside ClaimResource's /{id}). */
@Path("/api/v1/claims/similar")
@Tag(name = "Matching", description = "Similar claims, suggestions and canonical claims: one claim, many appearances")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarResource {

    static final String HOW = "Candidates are found by PostgreSQL full-text search over the claims' words and by the "
            + "people the text is about; each is scored 0..1 by the words it shares (full-text lexemes, trigram "
            + "similarity of text and quote) and by what the checker resolved: the same person, office and time raise "
            + "the score, another person, another year or the opposite finding (\"former president\" against "
            + "\"president\") lower it. Answers score at least " + MatchScorer.DISPLAY_THRESHOLD
            + "; see src/docs/matching.md.";

    private final ClaimMatcher matcher;

    private final ReadAccess access;

    public SimilarResource(ClaimMatcher matcher, ReadAccess access) {
        this.matcher = matcher;
        this.access = access;
    }

    @GET
    @Operation(summary = "Has this been checked already? Claims and fact-checks similar to a text",
            description = "Every claim (and imported external fact-check) that may make the same statement, best first. "
                    + HOW)
    @APIResponse(responseCode = "200", description = "The matches, best first (possibly none)")
    @APIResponse(responseCode = "400", description = "text missing or too long, a bad limit or publishedAt")
    public Uni<SimilarAnswer> similarClaims(
            @Parameter(description = "The statement to look for", required = true) @RestQuery String text,
            @Parameter(description = "Most answers, 1 to 50 (default 10)") @RestQuery String limit,
            @Parameter(description = "Language of the text (BCP 47, default en)") @RestQuery String language,
            @Parameter(description = "The date the text speaks from (YYYY-MM-DD, default today)") @RestQuery String publishedAt) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameterException("text", "is required");
        }
        if (text.length() > ClaimMatcher.MAX_TEXT) {
            throw new InvalidParameterException("text", "is longer than " + ClaimMatcher.MAX_TEXT
                    + " characters; POST it instead");
        }
        int max = limit(QueryParams.positiveInt("limit", limit, ClaimMatcher.MAX_LIMIT));
        LocalDate date = QueryParams.date("publishedAt", publishedAt);
        return access.audience().chain(audience -> matcher.similarToText(text.strip(), date, max, audience))
                .map(SimilarAnswer::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Has this been checked already? (a long text in the body)",
            description = "The same search as GET /claims/similar, for texts too long for a URL. A read: it changes "
                    + "nothing and needs no key. " + HOW)
    @APIResponse(responseCode = "200", description = "The matches, best first (possibly none)")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "text missing or too long, limit out of range, bad language")
    @RunsToCompletion
    public Uni<SimilarAnswer> similarClaimsOfText(@Valid @NotNull SimilarRequest body) {
        return access.audience().chain(audience -> matcher.similarToText(body.text().strip(), body.publishedAt(),
                limit(body.limit()), audience)).map(SimilarAnswer::new);
    }

    static int limit(Integer limit) {
        return limit == null ? ClaimMatcher.DEFAULT_LIMIT : limit;
    }
}
