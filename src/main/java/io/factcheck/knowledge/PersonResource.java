package io.factcheck.knowledge;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.common.QueryParams;
import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
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

@Path("/api/v1/people")
@Tag(name = "Knowledge base", description = "People, public offices and their terms, which the checker judges titles against")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService people;
    private final TenureService tenures;

    public PersonResource(PersonService people, TenureService tenures) {
        this.people = people;
        this.tenures = tenures;
    }

    @GET
    @Operation(summary = "List or find people, newest first",
            description = "q finds people whose name or any alias contains it, case-insensitively. Each person "
                    + "embeds their tenures; cursor-paged.")
    @APIResponse(responseCode = "200", description = "A page of people")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Uni<Page<PersonView>> listPeople(
            @Parameter(description = "Part of a name or alias, e.g. hun sen") @RestQuery String q,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor);
        return people.list(KnowledgeText.blankToNull(q), page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a person")
    @APIResponseSchema(value = PersonView.class, responseCode = "201", responseDescription = "Created; Location names the person")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "409", description = "Another person has this wikidataId")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields")
    @RunsToCompletion
    public Uni<RestResponse<PersonView>> createPerson(@Valid @NotNull PersonRequest body) {
        return people.create(body).map(person -> RestResponse.ResponseBuilder
                .<PersonView>created(URI.create("/api/v1/people/" + person.id())).entity(person).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one person with their tenures")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "No such person")
    public Uni<PersonView> getPerson(@RestPath UUID id) {
        return people.get(id);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a person's name, aliases, wikidataId and description",
            description = "Their tenures are left as they are.")
    @APIResponse(responseCode = "200", description = "The person with their tenures")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "Another person has this wikidataId, or a concurrent change")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields")
    @RunsToCompletion
    public Uni<PersonView> updatePerson(@RestPath UUID id, @Valid @NotNull PersonRequest body) {
        return people.update(id, body);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete a person with their tenures")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such person")
    @RunsToCompletion
    public Uni<RestResponse<Void>> deletePerson(@RestPath UUID id) {
        return people.delete(id).map(ignored -> RestResponse.noContent());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}/tenures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a term of office to a person",
            description = "end is exclusive (normally the successor's first day) and null while in office; with "
                    + "MONTH or YEAR precision both dates are stored as the first day of their month or year.")
    @APIResponseSchema(value = TenureView.class, responseCode = "201", responseDescription = "Created; Location names the tenure")
    @APIResponse(responseCode = "400", description = "Malformed JSON, wrong types, a bad date or an unknown precision")
    @APIResponse(responseCode = "404", description = "No such person")
    @APIResponse(responseCode = "409", description = "The person already has a term in this office starting that day")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or invalid fields, end not after start, or an unknown office")
    @RunsToCompletion
    public Uni<RestResponse<TenureView>> createTenure(@RestPath UUID id, @Valid @NotNull TenureRequest body) {
        return tenures.create(id, body).map(tenure -> RestResponse.ResponseBuilder
                .<TenureView>created(URI.create("/api/v1/tenures/" + tenure.id())).entity(tenure).build());
    }
}
