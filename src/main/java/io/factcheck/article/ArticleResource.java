package io.factcheck.article;

import jakarta.ws.rs.core.SecurityContext;
import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.idempotency.Idempotency;
import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.claim.ClaimService;
import io.factcheck.common.PublishedAt;
import io.factcheck.common.QueryParams;
import io.factcheck.common.http.EntityTag;
import io.factcheck.common.http.IfMatch;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.problem.InvalidParameterException;
import io.factcheck.common.security.ReadAccess;
import io.factcheck.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/articles")
@Tag(name = "Articles", description = "News texts that claims are anchored in")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final String IF_MATCH = "The ETag of GET /articles/{id}: the write happens only if the article is still at "
            + "that version (else 412)";

    private final ArticleService articles;
    private final ClaimService claims;
    private final Idempotency idempotency;

    private final ReadAccess access;

    public ArticleResource(ArticleService articles, ClaimService claims, Idempotency idempotency, ReadAccess access) {
        this.access = access;
        this.articles = articles;
        this.claims = claims;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List articles, newest first", description = "Without bodies; cursor-paged.")
    @APIResponse(responseCode = "200", description = "A page of articles")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Bad filter, limit or cursor")
    public Uni<RestResponse<Page<ArticleSummary>>> listArticles(
            @Parameter(description = "Publisher (case-insensitive)") @RestQuery String publisher,
            @Parameter(description = PublishedAt.SINCE, schema = @Schema(ref = "PublishedAt")) @RestQuery String since,
            @Parameter(description = PublishedAt.UNTIL, schema = @Schema(ref = "PublishedAt")) @RestQuery String until,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor);
        PublishedAt sinceBound = QueryParams.publishedAt("since", since);
        PublishedAt untilBound = QueryParams.publishedAt("until", until);
        return access.audience().chain(audience -> articles.list(publisher, sinceBound, untilBound, page, audience))
                .map(list -> new Tagged<>(list, EntityTag.ofPage("articles", list, EntityTag::of)).ok());
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an article",
            description = "Runs the checker on the body at publishedAt and stores each finding that is not ACCURATE as "
                    + "a PENDING CHECKER claim; the response embeds the claims.")
    @APIResponseSchema(value = ArticleView.class, responseCode = "201", responseDescription = "Created; Location names the article")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "409", description = "Another article has this url")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields (state RETRACTED included)")
    @RunsToCompletion
    public Uni<RestResponse<ArticleView>> createArticle(@Valid @NotNull ArticleRequest body,
            @Parameter(description = Idempotency.DESCRIPTION) @RestHeader(Idempotency.HEADER) String idempotencyKey,
            SecurityContext security) {
        return idempotency.create(idempotency.request(idempotencyKey, security, "POST", "/api/v1/articles", body),
                () -> articles.create(body), created -> Tagged.of(created.view())
                        .created(URI.create("/api/v1/articles/" + created.article().id)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one article", description = "include=claims adds its claims in text order.")
    @APIResponse(responseCode = "200", description = "The article; its ETag is what If-Match on PUT and DELETE compares "
            + "(with include=claims a weak ETag that also covers the claims)")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Unknown include")
    @APIResponse(responseCode = "404", description = "No such article")
    public Uni<RestResponse<ArticleView>> getArticle(@RestPath UUID id,
            @Parameter(description = "claims: embed the article's claims", schema = @Schema(type = SchemaType.STRING, enumeration = "claims")) @RestQuery String include) {
        boolean withClaims = includesClaims(include);
        return access.audience().chain(audience -> articles.view(id, withClaims, audience)).map(view -> (withClaims ? new Tagged<>(view, EntityTag.digest(
                "article+claims", EntityTag.of(view), view.claims().stream().map(EntityTag::of).toList()))
                : Tagged.of(view)).ok());
    }

    @PUT
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise an article",
            description = "Replaces every field. A changed body re-anchors the claims: position first, then quote "
                    + "with context; claims whose quote is gone become ORPHANED. The response embeds the claims.")
    @APIResponse(responseCode = "200", description = "The revised article with its claims; ETag is the new version's")
    @APIResponse(responseCode = "400", description = "Malformed JSON, wrong types or a malformed If-Match")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "Another article has this url, a state other than the article's "
            + "(use /publish or /retract), or a concurrent change")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields")
    @RunsToCompletion
    public Uni<RestResponse<ArticleView>> reviseArticle(@RestPath UUID id,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ArticleRequest body) {
        return articles.update(id, body, IfMatch.parse(ifMatch)).map(revision -> Tagged.of(revision.view()).ok());
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Path("/{id}/recheck")
    @Operation(summary = "Run the checker again on an article",
            description = "For when the knowledge base changed: replaces the checker's unreviewed claims with fresh "
                    + "findings; claims an editor created or reviewed are kept. The response embeds the claims.")
    @APIResponse(responseCode = "200", description = "The article with its claims")
    @APIResponse(responseCode = "404", description = "No such article")
    @RunsToCompletion
    public Uni<ArticleView> recheckArticle(@RestPath UUID id) {
        return articles.recheck(id).map(ArticleService.Revision::view);
    }

    @DELETE
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Path("/{id}")
    @Operation(summary = "Delete an article with its claims and reviews")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "Changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @RunsToCompletion
    public Uni<RestResponse<Void>> deleteArticle(@RestPath UUID id,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch) {
        return articles.delete(id, IfMatch.parse(ifMatch)).map(ignored -> RestResponse.noContent());
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Path("/{id}/publish")
    @Operation(summary = "Publish an article",
            description = "DRAFT or RETRACTED to PUBLISHED: the article and its reviewed claims become visible without "
                    + "a key, and an article.published event goes out on /claims/stream. If-Match is required.")
    @APIResponse(responseCode = "200", description = "The published article; ETag is its new version's")
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "Already PUBLISHED (only DRAFT and RETRACTED articles can be "
            + "published), or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @RunsToCompletion
    public Uni<RestResponse<ArticleView>> publishArticle(@RestPath UUID id,
            @Parameter(description = IF_MATCH, required = true) @RestHeader("If-Match") String ifMatch) {
        return articles.publish(id, IfMatch.required(ifMatch, "article"))
                .map(article -> Tagged.of(ArticleView.of(article, null)).ok());
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Path("/{id}/retract")
    @Operation(summary = "Retract a published article",
            description = "PUBLISHED to RETRACTED: the article and its claims are no longer visible without a key "
                    + "(404), and an article.retracted event goes out on /claims/stream. If-Match is required.")
    @APIResponse(responseCode = "200", description = "The retracted article; ETag is its new version's")
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "Not PUBLISHED (only published articles can be retracted), or "
            + "changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @RunsToCompletion
    public Uni<RestResponse<ArticleView>> retractArticle(@RestPath UUID id,
            @Parameter(description = IF_MATCH, required = true) @RestHeader("If-Match") String ifMatch) {
        return articles.retract(id, IfMatch.required(ifMatch, "article"))
                .map(article -> Tagged.of(ArticleView.of(article, null)).ok());
    }

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "The article's claims, in text order, with anchors, verdict and confidence")
    @APIResponse(responseCode = "200", description = "The claims")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such article")
    public Uni<RestResponse<ArticleClaims>> listArticleClaims(@RestPath UUID id) {
        return access.audience().chain(audience -> claims.listByArticle(id, audience)).map(list -> new Tagged<>(new ArticleClaims(id, list),
                EntityTag.digest("article-claims", id, list.stream().map(EntityTag::of).toList())).ok());
    }

    private static boolean includesClaims(String include) {
        if (include == null || include.isBlank()) {
            return false;
        }
        if (!include.trim().equals("claims")) {
            throw new InvalidParameterException("include", "the only value is claims");
        }
        return true;
    }
}
