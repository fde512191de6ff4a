package app.marquee.web.api;

import app.marquee.actor.ActorDraft;
import app.marquee.actor.ActorRepository;
import app.marquee.actor.ActorSearch;
import app.marquee.actor.ActorSort;
import app.marquee.catalog.Actor;
import app.marquee.catalog.ContactDetails;
import app.marquee.catalog.Stuntman;
import app.marquee.history.HistoryRepository;
import app.marquee.paging.PageRequest;
import app.marquee.persistence.NotFoundException;
import app.marquee.web.api.ActorJson.ContactJson;
import app.marquee.web.api.ActorJson.StuntmanJson;
import app.marquee.web.i18n.Languages;
import app.marquee.web.i18n.LocaleInterpolator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actors, their contact details and their stuntmen as JSON. */
@RequestScoped
@Path("api/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    ActorRepository actors;

    @Inject
    ValidatorFactory validation;

    @Context
    HttpHeaders headers;

    @Inject
    HistoryRepository history;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listActors", summary = "Lists actors, filtered, sorted and paged like the /actors page")
    @APIResponse(
            responseCode = "200",
            description = "A page of actors",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PageJson.ActorPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid")
    public PageJson<ActorJson> list(
            @Parameter(description = "Name contains this, ignoring case") @QueryParam("q") String q,
            @Parameter(description = "A contact address contains this, ignoring case") @QueryParam("city") String city,
            // The names of ActorSort, which an annotation cannot read; ApiSortsTest keeps them the same.
            @Parameter(
                            description = "Order",
                            schema =
                                    @Schema(
                                            enumeration = {"name", "-name", "birthday", "-birthday"},
                                            defaultValue = "name"))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description = "Page number, from 1",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, 1 to 100",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                    @QueryParam("size")
                    String size) {
        ListParams params = new ListParams();
        ActorSearch search =
                new ActorSearch(q, city, params.sort(sort, ActorSort.NAME, ActorSort::fromParam, ActorSort::param));
        PageRequest request = params.page(page, size);
        params.check();
        return PageJson.of(actors.search(search, request), ActorJson::row);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(
            operationId = "getActor",
            summary = "An actor with contact details, stuntman and filmography; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The actor",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ActorJson.class)))
    @APIResponse(responseCode = "404", description = "No such actor")
    public Response get(@PathParam("id") long id) {
        return profile(Response.ok(), actors.getProfile(id));
    }

    @GET
    @Path("{id: [0-9]+}/history")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "actorHistory", summary = "Who changed the actor, what and when, newest first (editor)")
    @APIResponse(
            responseCode = "200",
            description = "A page of the actor's history",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PageJson.HistoryPage.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token is not an editor's")
    @APIResponse(responseCode = "404", description = "No such actor, and none in the history")
    public PageJson<HistoryJson> history(
            @PathParam("id") long id,
            @Parameter(
                            description = "Page number, from 1",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, 1 to 100",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
                    @QueryParam("size")
                    String size) {
        return RecordHistory.page("Actor", id, page, size, request -> history.ofActor(id, request), actors::exists);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "createActor", summary = "Adds an actor (editor)")
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ActorInput.class)))
    @APIResponse(
            responseCode = "201",
            description = "Added; Location says where",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ActorJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks the editor group")
    public Response create(String body) {
        ActorInput input = bindActor(body);
        Actor created = actors.create(new ActorDraft(input.name(), input.birthday()));
        return profile(
                Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(Long.toString(created.getId()))
                        .build()),
                actors.getProfile(created.getId()));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(
            operationId = "updateActor",
            summary = "Changes an actor's name and birthday (editor)",
            description = "Based on the version in the body (stale: 409) or in If-Match (stale: 412).")
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ActorInput.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ActorJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing saved")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version; nothing saved")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        ActorInput input = bindActor(body);
        long expected = Versions.expected(
                ifMatch, input.version(), () -> actors.getProfile(id).getVersion());
        Versions.write(
                ifMatch,
                "actor",
                id,
                () -> actors.update(id, expected, new ActorDraft(input.name(), input.birthday())));
        return profile(Response.ok(), actors.getProfile(id));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(
            operationId = "deleteActor",
            summary = "Deletes an actor with its contact details and stuntman; its movies stay (editor)",
            description = "With If-Match, only the version named (stale: 412); without, whatever is stored.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version; nothing deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = Versions.deleting(ifMatch);
        Versions.write(ifMatch, "actor", id, () -> actors.delete(id, expected));
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]+}/contacts")
    @Operation(operationId = "listContacts", summary = "An actor's contact details")
    @APIResponse(
            responseCode = "200",
            description = "The contacts, oldest first",
            content =
                    @Content(
                            mediaType = JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ContactJson.class)))
    @APIResponse(responseCode = "404", description = "No such actor")
    public List<ContactJson> contacts(@PathParam("id") long id) {
        return actors.getProfile(id).getContactDetails().stream()
                .map(ContactJson::of)
                .toList();
    }

    @GET
    @Path("{id: [0-9]+}/contacts/{contactId: [0-9]+}")
    @Operation(operationId = "getContact", summary = "One contact of an actor; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The contact",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactJson.class)))
    @APIResponse(responseCode = "404", description = "No such actor, or no such contact of the actor")
    public Response contact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        return contact(Response.ok(), contactOf(actors.getProfile(id), contactId));
    }

    @POST
    @Path("{id: [0-9]+}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "addContact", summary = "Adds a contact to an actor (editor)")
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactInput.class)))
    @APIResponse(
            responseCode = "201",
            description = "Added; Location says where",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "404", description = "No such actor")
    public Response addContact(@PathParam("id") long id, String body) {
        ContactInput input = bindContact(body);
        ContactDetails contact = actors.addContact(id, input.phoneNumber(), input.address());
        return contact(
                Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(Long.toString(contact.getId()))
                        .build()),
                contact);
    }

    @PUT
    @Path("{id: [0-9]+}/contacts/{contactId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(
            operationId = "updateContact",
            summary = "Changes a contact of an actor (editor)",
            description = "Based on the version in the body (stale: 409) or in If-Match (stale: 412); without"
                    + " either, unconditional.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactInput.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "404", description = "No such actor, or no such contact of the actor")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing saved")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version; nothing saved")
    public Response updateContact(
            @PathParam("id") long id,
            @PathParam("contactId") long contactId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        ContactInput input = bindContact(body);
        long expected = Versions.expectedOrCurrent(
                ifMatch,
                input.version(),
                () -> contactOf(actors.getProfile(id), contactId).getVersion());
        return contact(
                Response.ok(),
                Versions.write(
                        ifMatch,
                        "contact",
                        contactId,
                        () -> actors.updateContact(id, contactId, expected, input.phoneNumber(), input.address())));
    }

    @DELETE
    @Path("{id: [0-9]+}/contacts/{contactId: [0-9]+}")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "removeContact", summary = "Removes a contact from an actor (editor)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such actor, or no such contact of the actor")
    public Response removeContact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        actors.removeContact(id, contactId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: [0-9]+}/stuntman")
    @Operation(operationId = "getStuntman", summary = "An actor's stuntman; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The stuntman",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = StuntmanJson.class)))
    @APIResponse(responseCode = "404", description = "No such actor, or the actor has no stuntman")
    public Response stuntman(@PathParam("id") long id) {
        return stuntman(
                actors.getProfile(id).getStuntman().orElseThrow(() -> new NotFoundException("Stuntman of actor", id)));
    }

    @PUT
    @Path("{id: [0-9]+}/stuntman")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(
            operationId = "saveStuntman",
            summary = "Gives an actor this stuntman, or changes the one it has (editor)",
            description = "Based on the version of the current stuntman in the body (stale: 409) or in If-Match"
                    + " (stale: 412); without either, unconditional.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = StuntmanInput.class)))
    @APIResponse(
            responseCode = "200",
            description = "The actor's stuntman",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = StuntmanJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, with a message per field")
    @APIResponse(responseCode = "404", description = "No such actor")
    @APIResponse(
            responseCode = "409",
            description = "The stuntman was changed, set or removed since the version" + " sent; nothing saved")
    @APIResponse(responseCode = "412", description = "Changed since the If-Match version; nothing saved")
    public Response saveStuntman(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        JsonInput json = JsonInput.parse(body, StuntmanInput.FIELDS);
        StuntmanInput input = json.validated(
                new StuntmanInput(json.string("name"), json.bool("active"), json.integer("version")), validator());
        Long expected = Versions.expectedOrCurrent(
                ifMatch,
                input.version(),
                () -> actors.getProfile(id)
                        .getStuntman()
                        .map(Stuntman::getVersion)
                        .orElse(null));
        return stuntman(Versions.write(
                ifMatch,
                "stuntman of actor",
                id,
                () -> actors.saveStuntman(id, expected, input.name(), input.active())));
    }

    @DELETE
    @Path("{id: [0-9]+}/stuntman")
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "removeStuntman", summary = "Takes away an actor's stuntman (editor)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such actor, or the actor has no stuntman")
    public Response removeStuntman(@PathParam("id") long id) {
        if (!actors.removeStuntman(id)) {
            throw new NotFoundException("Stuntman of actor", id);
        }
        return Response.noContent().build();
    }

    private ActorInput bindActor(String body) {
        JsonInput json = JsonInput.parse(body, ActorInput.FIELDS);
        return json.validated(
                new ActorInput(json.string("name"), json.date("birthday"), json.integer("version")), validator());
    }

    private ContactInput bindContact(String body) {
        JsonInput json = JsonInput.parse(body, ContactInput.FIELDS);
        return json.validated(
                new ContactInput(json.string("phoneNumber"), json.string("address"), json.integer("version")),
                validator());
    }

    private static ContactDetails contactOf(Actor actor, long contactId) {
        return actor.findContact(contactId).orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    private static Response contact(Response.ResponseBuilder response, ContactDetails contact) {
        return response.tag(Versions.etag(contact.getVersion()))
                .entity(ContactJson.of(contact))
                .build();
    }

    private static Response stuntman(Stuntman stuntman) {
        return Response.ok()
                .tag(Versions.etag(stuntman.getVersion()))
                .entity(StuntmanJson.of(stuntman))
                .build();
    }

    private static Response profile(Response.ResponseBuilder response, Actor actor) {
        return response.tag(Versions.etag(actor.getVersion()))
                .entity(ActorJson.profile(actor))
                .build();
    }

    /** A validator whose messages are in the language of the request's Accept-Language. */
    private Validator validator() {
        return LocaleInterpolator.validator(validation, Languages.firstSupported(headers.getAcceptableLanguages()));
    }
}
