package org.skillscontest.console.exports;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Page;
import org.skillscontest.console.backend.Problem;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.documents.CertificatePdf;
import org.skillscontest.console.documents.ChineseFont;
import org.skillscontest.console.documents.EventResults;
import org.skillscontest.console.documents.Labels;
import org.skillscontest.console.documents.ResultsPdf;
import org.skillscontest.console.documents.ResultsWorkbook;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/**
 * Exports and certificates (导出与证书): an event's and a competition's results and the promotion list
 * as Excel, an event's results and its award certificates (获奖证书) as PDF. Results are public once
 * ranked, so organisers, auditors and chief judges may download them; certificates are the organisers'.
 */
@Path("/exports")
@Produces(MediaType.TEXT_HTML)
public class ExportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    private static final Role[] RESULTS = {Role.ORGANIZER, Role.AUDITOR, Role.CHIEF_JUDGE};
    private static final int COMPETITIONS_PER_PAGE = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ConsoleUser user, List<CompetitionExports> competitions, Page<Competition> page);

        static native TemplateInstance event(ConsoleUser user, Competition competition, Event event, EventResults results,
                                             boolean provisional);

        static native TemplateInstance links(ConsoleUser user, String competition, String event, EventResults results);

        static native TemplateInstance fontMissing(String message);
    }

    /** A competition with its events, as the index lists them. */
    public record CompetitionExports(Competition competition, List<Event> events) {
    }

    private final SignedIn signedIn;
    private final ExportSources sources;
    private final PdfFonts fonts;

    ExportsResource(SignedIn signedIn, ExportSources sources, PdfFonts fonts) {
        this.signedIn = signedIn;
        this.sources = sources;
        this.fonts = fonts;
    }

    /** Every competition (a page at a time) with its events; each event's downloads load beside it once it is ranked. */
    @GET
    public TemplateInstance index(@QueryParam("page") @DefaultValue("0") int page) {
        ConsoleUser user = signedIn.require(RESULTS);
        Page<Competition> competitions = sources.competitions(Math.max(0, page), COMPETITIONS_PER_PAGE);
        List<CompetitionExports> listed = new ArrayList<>();
        for (Competition c : competitions.items()) {
            listed.add(new CompetitionExports(c, sources.events(c.code())));
        }
        return Templates.index(user, listed, competitions);
    }

    /** An event's exports: its downloads, and its places with a certificate per award winner (organisers). */
    @GET
    @Path("{c}/{e}")
    public TemplateInstance event(@PathParam("c") String competition, @PathParam("e") String event) {
        ConsoleUser user = signedIn.require(RESULTS);
        Competition c = sources.competition(competition);
        Event e = sources.event(competition, event);
        Optional<JsonNode> ranking = sources.ranking(competition, event);
        EventResults results = ranking.map(r -> RankingDocuments.results(r, c.name(), e.name(), sources.federationNames(user)))
                .orElse(null);
        return Templates.event(user, c, e, results, ranking.map(RankingDocuments::provisional).orElse(false));
    }

    /** The index's cell of an event's downloads (htmx): the links once ranked, else a word saying it is not. */
    @GET
    @Path("{c}/{e}/links")
    public TemplateInstance links(@PathParam("c") String competition, @PathParam("e") String event) {
        ConsoleUser user = signedIn.require(RESULTS);
        Optional<JsonNode> ranking = sources.ranking(competition, event);
        EventResults results = ranking.map(r -> RankingDocuments.results(r, "", "", java.util.Map.of())).orElse(null);
        return Templates.links(user, competition, event, results);
    }

    @GET
    @Path("{c}/{e}/results.xlsx")
    @Produces(XLSX)
    public Response eventResultsWorkbook(@PathParam("c") String competition, @PathParam("e") String event) {
        ConsoleUser user = signedIn.require(RESULTS);
        EventResults results = results(user, competition, event);
        return download(ResultsWorkbook.event(results), XLSX, results.competitionName() + "-" + results.eventName() + "-成绩.xlsx",
                competition + "-" + event + "-results.xlsx");
    }

    @GET
    @Path("{c}/{e}/results.pdf")
    @Produces(PDF)
    public Response eventResultsPdf(@PathParam("c") String competition, @PathParam("e") String event) {
        ConsoleUser user = signedIn.require(RESULTS);
        EventResults results = results(user, competition, event);
        byte[] pdf = ResultsPdf.build(fonts.chinese(), results, "导出于 " + Labels.date(LocalDate.now(RankingDocuments.CHINA)));
        return download(pdf, PDF, results.competitionName() + "-" + results.eventName() + "-成绩.pdf",
                competition + "-" + event + "-results.pdf");
    }

    /** Every award winner's certificate, one page each, in place order. */
    @GET
    @Path("{c}/{e}/certificates.pdf")
    @Produces(PDF)
    public Response certificates(@PathParam("c") String competition, @PathParam("e") String event) {
        ConsoleUser user = signedIn.require(Role.ORGANIZER);
        JsonNode ranking = rankingOrNotFound(competition, event);
        EventResults results = results(user, competition, event, ranking);
        if (results.winners().isEmpty()) {
            throw notFound("此赛项没有获奖者 No award winners in " + competition + "/" + event);
        }
        byte[] pdf = CertificatePdf.build(fonts.chinese(), RankingDocuments.certificates(results, certificateDate(ranking)));
        return download(pdf, PDF, results.competitionName() + "-" + results.eventName() + "-获奖证书.pdf",
                competition + "-" + event + "-certificates.pdf");
    }

    /** One winner's certificate. */
    @GET
    @Path("{c}/{e}/certificates/{entryId}.pdf")
    @Produces(PDF)
    public Response certificate(@PathParam("c") String competition, @PathParam("e") String event,
                                @PathParam("entryId") String entryId) {
        ConsoleUser user = signedIn.require(Role.ORGANIZER);
        JsonNode ranking = rankingOrNotFound(competition, event);
        EventResults results = results(user, competition, event, ranking);
        EventResults.Placing winner = results.winners().stream().filter(w -> entryId.equals(w.entryId())).findFirst()
                .orElseThrow(() -> notFound("此选手没有获奖 Entry " + entryId + " holds no award in " + competition + "/" + event));
        EventResults one = new EventResults(results.competitionName(), results.eventName(), results.version(), results.publicity(),
                List.of(winner));
        byte[] pdf = CertificatePdf.build(fonts.chinese(), RankingDocuments.certificates(one, certificateDate(ranking)));
        return download(pdf, PDF, "获奖证书-" + winner.name() + "-" + results.eventName() + ".pdf",
                competition + "-" + event + "-certificate-" + winner.place() + ".pdf");
    }

    /** A competition's results, one sheet per ranked event. */
    @GET
    @Path("{c}/results.xlsx")
    @Produces(XLSX)
    public Response competitionResultsWorkbook(@PathParam("c") String competition) {
        ConsoleUser user = signedIn.require(RESULTS);
        Competition c = sources.competition(competition);
        List<EventResults> ranked = new ArrayList<>();
        for (Event e : sources.events(competition)) {
            sources.ranking(competition, e.code())
                    .ifPresent(r -> ranked.add(RankingDocuments.results(r, c.name(), e.name(), sources.federationNames(user))));
        }
        return download(ResultsWorkbook.competition(ranked), XLSX, c.name() + "-成绩.xlsx", competition + "-results.xlsx");
    }

    /** The promotions out of a competition (晋级名单). */
    @GET
    @Path("{c}/promotions.xlsx")
    @Produces(XLSX)
    public Response promotions(@PathParam("c") String competition) {
        ConsoleUser user = signedIn.require(RESULTS);
        Competition c = sources.competition(competition);
        var list = RankingDocuments.promotions(sources.promotions(competition), c.name(), sources.eventNames(competition),
                sources.federationNames(user), sources::competitionName, sources::eventNames);
        return download(ResultsWorkbook.promotions(list), XLSX, c.name() + "-晋级名单.xlsx", competition + "-promotions.xlsx");
    }

    /** Without the font no PDF can be made: say which file is missing and how to install it (503: the console's, not the person's, fault). */
    @ServerExceptionMapper
    public Response fontMissing(ChineseFont.FontMissingException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.fontMissing(e.getMessage())).build();
    }

    private EventResults results(ConsoleUser user, String competition, String event) {
        return results(user, competition, event, rankingOrNotFound(competition, event));
    }

    private EventResults results(ConsoleUser user, String competition, String event, JsonNode ranking) {
        Competition c = sources.competition(competition);
        Event e = sources.event(competition, event);
        return RankingDocuments.results(ranking, c.name(), e.name(), sources.federationNames(user));
    }

    private JsonNode rankingOrNotFound(String competition, String event) {
        return sources.ranking(competition, event)
                .orElseThrow(() -> notFound("尚未排名 " + competition + "/" + event + " is not ranked yet"));
    }

    private static LocalDate certificateDate(JsonNode ranking) {
        return RankingDocuments.certificateDate(ranking, LocalDate.now(RankingDocuments.CHINA));
    }

    private static ApiException notFound(String detail) {
        return new ApiException(new Problem(null, "Not Found", 404, detail, List.of()));
    }

    /** The file as an attachment named in Chinese (with an ASCII fallback); not kept by caches: it names people. */
    private static Response download(byte[] content, String type, String fileName, String asciiName) {
        return Response.ok(content, type)
                .header("Content-Disposition", ContentDisposition.attachment(fileName, asciiName))
                .header("Cache-Control", "no-store")
                .build();
    }
}
