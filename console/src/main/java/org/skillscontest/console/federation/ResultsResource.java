package org.skillscontest.console.federation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.RankingApi;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.SignedIn;

/**
 * How a federation's own entrants did in a competition: place, award, whether they advanced, each
 * event's 公示 state, the promotions out of the competition, and an objection (异议) to an entrant's
 * result while the publicity period is open.
 */
@Path("/federation/competitions/{c}/results")
@Produces(MediaType.TEXT_HTML)
public class ResultsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(ConsoleUser user, Competition competition, List<EventResults> events,
                                               List<Promoted> promotions, String lodged, String refusedEvent, String refusal);
    }

    /** One event's results for the federation: its own places, the publicity, its objections. */
    public record EventResults(Event event, boolean ranked, String state, String period, boolean objectionsOpen,
                               List<Placing> placings, int others) {

        public String stateLabel() {
            return "FINAL".equals(state) ? "已最终确定 Final" : "PROVISIONAL".equals(state) ? "公示中 Under publicity" : "";
        }
    }

    /** An own entrant's line in the ranking; {@code objection} says where the federation's objection stands, if any. */
    public record Placing(UUID entryId, Integer place, String name, String total, String award, boolean advanced,
                          String status, String statusReason, String objection, boolean mayObject) {
    }

    /** An own entrant promoted out of this competition (or promoted and then revoked). */
    public record Promoted(String name, String fromEvent, int place, String award, String to, String status, String reason) {
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;
    private final RankingApi ranking;

    ResultsResource(SignedIn signedIn, @RestClient RegistrationApi registration, @RestClient RankingApi ranking) {
        this.signedIn = signedIn;
        this.registration = registration;
        this.ranking = ranking;
    }

    @GET
    public TemplateInstance results(@PathParam("c") String c, @QueryParam("lodged") String lodged) {
        ConsoleUser user = FederationResource.federationStaff(signedIn);
        return page(user, c, lodged, null, null);
    }

    /** Lodges an objection to an own entrant's result; back to the results, or the results with the reason it was refused. */
    @POST
    @Path("{e}/objections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("c") String c, @PathParam("e") String e, @FormParam("entryId") UUID entryId,
                           @FormParam("reason") String reason) {
        ConsoleUser user = FederationResource.federationStaff(signedIn);
        String refusal = null;
        if (entryId == null) {
            refusal = "请选择选手 Choose the entrant.";
        } else if (reason == null || reason.isBlank()) {
            refusal = "请填写异议理由 Give the reason for the objection.";
        } else if (reason.strip().length() > 1000) {
            refusal = "理由太长（最多 1000 字）The reason is too long (1,000 characters at most).";
        } else {
            try {
                ranking.object(c, e, Map.of("entryId", entryId, "reason", reason.strip()));
                return Response.seeOther(UriBuilder.fromPath("/federation/competitions/{c}/results").queryParam("lodged", e)
                        .fragment("event-" + e).build(c)).build();
            } catch (ApiException refused) {
                refusal = "异议未受理 The objection was not taken: " + objectionRefusal(refused);
            }
        }
        return Response.status(400).entity(page(user, c, null, e, refusal)).build();
    }

    private TemplateInstance page(ConsoleUser user, String c, String lodged, String refusedEvent, String refusal) {
        Competition competition = registration.competition(c);
        List<EventResults> events = new ArrayList<>();
        for (Event event : Paging.events(registration, c)) {
            events.add(eventResults(c, event, user.federation()));
        }
        List<Promoted> promoted = new ArrayList<>();
        for (JsonNode p : Paging.items(page -> ranking.promotions(c, page, Paging.MAX))) {
            if (user.federation().equals(p.path("federation").asText())) {
                promoted.add(new Promoted(p.path("name").asText(), p.path("from").path("event").asText(), p.path("place").asInt(),
                        FederationViews.awardLabel(p.path("award").asText(null)),
                        p.path("to").path("competition").asText() + " / " + p.path("to").path("event").asText(),
                        promotionStatus(p.path("status").asText()), p.path("revocationReason").asText("")));
            }
        }
        return Templates.results(user, competition, events, promoted, lodged, refusedEvent, refusal);
    }

    private EventResults eventResults(String c, Event event, String federation) {
        JsonNode ranked;
        try {
            ranked = Paging.whole(page -> ranking.ranking(c, event.code(), page, Paging.MAX_LONG), "places");
        } catch (ApiException notYet) {
            if (notYet.status() == 404) {
                return new EventResults(event, false, null, null, false, List.of(), 0);
            }
            throw notYet;
        }
        JsonNode publicity = ranked.path("publicity");
        String state = publicity.path("state").asText(null);
        Instant endsAt = publicity.hasNonNull("endsAt") ? Instant.parse(publicity.path("endsAt").asText()) : null;
        boolean open = "PROVISIONAL".equals(state) && endsAt != null && Instant.now().isBefore(endsAt);
        String period = publicity.hasNonNull("firstDay")
                ? publicity.path("firstDay").asText() + " – " + publicity.path("lastDay").asText() : null;
        Map<String, String> objections = open || publicity.path("openObjections").asLong() > 0 || "FINAL".equals(state)
                ? objections(c, event.code()) : Map.of();
        List<Placing> placings = new ArrayList<>();
        int others = 0;
        for (JsonNode place : ranked.path("places")) {
            if (!federation.equals(place.path("federation").asText())) {
                others++;
                continue;
            }
            String entryId = place.path("entryId").asText();
            String objection = objections.get(entryId);
            placings.add(new Placing(UUID.fromString(entryId), place.hasNonNull("place") ? place.path("place").asInt() : null,
                    place.path("name").asText(), place.hasNonNull("total") ? place.path("total").asText() : "",
                    FederationViews.awardLabel(place.path("award").asText(null)), place.path("advanced").asBoolean(),
                    FederationViews.statusLabel(place.path("status").asText(null)), place.path("statusReason").asText(""),
                    objection == null ? null : objectionLabel(objection), open && !"OPEN".equals(objection)));
        }
        return new EventResults(event, true, state, period, open, placings, others);
    }

    /** The federation's objections in an event by entry: the latest state of each. */
    private Map<String, String> objections(String c, String e) {
        Map<String, String> byEntry = new HashMap<>();
        try {
            for (JsonNode o : Paging.items(page -> ranking.objections(c, e, page, Paging.MAX))) {
                byEntry.put(o.path("entryId").asText(), o.path("state").asText());
            }
        } catch (ApiException none) {
            // no objections to read (not ranked there yet): none to show
        }
        return byEntry;
    }

    static String objectionLabel(String state) {
        return switch (state) {
            case "OPEN" -> "异议处理中 Objection open";
            case "REJECTED" -> "异议已驳回 Objection rejected";
            case "RESOLVED_BY_CORRECTION" -> "已更正 Corrected";
            default -> state;
        };
    }

    private static String promotionStatus(String status) {
        return switch (status) {
            case "ACTIVE" -> "已晋级 Promoted";
            case "REVOKED" -> "已撤销 Revoked";
            case "DECLINED" -> "已放弃 Declined";
            default -> status;
        };
    }

    private static String objectionRefusal(ApiException refused) {
        String code = refused.problem().type() == null ? "" : refused.problem().type();
        String detail = refused.problem().summary();
        if (code.endsWith("period-ended")) {
            return "公示期已结束 The publicity period has ended.";
        }
        if (code.endsWith("results-final")) {
            return "成绩已最终确定 The results are final.";
        }
        if (code.endsWith("objection-open")) {
            return "该选手已有未处理的异议 This entrant has an objection open already.";
        }
        return detail;
    }
}
