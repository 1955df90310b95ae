package no.planstatus.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import no.planstatus.common.Params;
import no.planstatus.common.ResourceId;
import no.planstatus.common.UnversionedDelete;
import no.planstatus.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhooks", description = "URLs told about every new or corrected progress report (admins only)")
public class WebhookResource {

    private final WebhookService service;

    public WebhookResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks, newest first (never their secrets)")
    public WebhookList list() {
        return new WebhookList(service.list());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook (never its secret)")
    public WebhookView get(
            @Parameter(description = "Webhook id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        return service.get(Params.pathId("id", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook",
            description = "From now on every created or corrected report is POSTed to the URL as JSON "
                    + "{event, occurredAt, measure {id, reference, text}, report} with the headers X-Planstatus-Event, "
                    + "X-Planstatus-Delivery, X-Planstatus-Timestamp: <unix seconds> and X-Planstatus-Signature: "
                    + "t=<the same seconds>,v1=<hex HMAC-SHA256 of \"<t>.<exact body bytes>\", keyed with the "
                    + "secret>; receivers should refuse a timestamp more than 5 minutes off. A non-2xx answer or no "
                    + "answer within 5 s is retried after 1 min, 5 min, 30 min, 2 h and 12 h (configurable), then "
                    + "the delivery has failed for good (GAVE_UP) until an admin sends it again. Each attempt is "
                    + "sent once in normal running, whichever instance wrote the report; after a crash between "
                    + "sending and recording it may come twice with the same X-Planstatus-Delivery, by which "
                    + "receivers should ignore duplicates. The URL's host is "
                    + "resolved at registration and again before every delivery, and Planstatus connects only to an "
                    + "address it has checked. The secret is never returned.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    public RestResponse<WebhookView> create(@Valid @NotNull(message = "mangler innhold") WebhookInput input) {
        WebhookView created = service.register(input);
        return RestResponse.ResponseBuilder.<WebhookView>created(URI.create("/api/v1/webhooks/" + created.id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(created)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @UnversionedDelete
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its delivery log",
            description = "Pending deliveries are dropped. Webhooks are never edited, so there is no version to "
                    + "lose and no If-Match is needed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(
            @Parameter(description = "Webhook id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        service.delete(Params.pathId("id", id));
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The webhook's delivery log, newest attempt first",
            description = "One entry per attempt: the event, the attempt number, the receiver's status code or the "
                    + "error, when it was made and when the next retry is due. At most the 200 newest.")
    public DeliveryView.DeliveryList deliveries(
            @Parameter(description = "Webhook id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id) {
        return new DeliveryView.DeliveryList(service.deliveries(Params.pathId("id", id)));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/resend")
    @Operation(operationId = "resendWebhookDelivery", summary = "Send a delivery that failed for good again («Send på nytt»)",
            description = "Queues one new attempt of the delivery, due now, with the same X-Planstatus-Delivery, event "
                    + "and body (signed afresh). Only the newest attempt of a delivery whose state is GAVE_UP may be "
                    + "sent again (its `resendable` is true); the new attempt is a single one, and if it fails the "
                    + "delivery has failed for good again.")
    @APIResponse(responseCode = "202", description = "Queued; the body is the new attempt (PENDING)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The attempt has not failed for good (it is pending, delivered "
            + "or will be retried), or it was sent again already")
    public RestResponse<DeliveryView> resend(
            @Parameter(description = "Webhook id", schema = @Schema(implementation = ResourceId.class))
            @PathParam("id") String id,
            @Parameter(description = "The attempt's id (`id` in the delivery log, not `deliveryId`)",
                    schema = @Schema(implementation = ResourceId.class))
            @PathParam("deliveryId") String deliveryId) {
        long webhookId = Params.pathId("id", id);
        DeliveryView queued = service.resend(webhookId, Params.pathId("deliveryId", deliveryId));
        return RestResponse.ResponseBuilder.<DeliveryView>create(RestResponse.Status.ACCEPTED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(queued)
                .build();
    }
}
