package org.skillscontest.console.federation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Registration.BatchAnswer;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.backend.Registration.Federation;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.documents.Sheet;
import org.skillscontest.console.documents.SheetException;
import org.skillscontest.console.documents.SheetReader;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.OutsideRoleException;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/**
 * Federation staff (工会): the competitions and events their federation can enter, the entry
 * template, and the upload of a filled sheet to an event as one batch to the intake.
 */
@Path("/federation")
@Produces(MediaType.TEXT_HTML)
public class FederationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(ConsoleUser user, Federation federation, List<CompetitionCard> competitions);

        static native TemplateInstance upload(ConsoleUser user, Competition competition, Event event, boolean open,
                                              String idempotencyKey, UploadReport report, String refusal);
    }

    /** A competition with the events a federation may enter, and whether registration is still open. */
    public record CompetitionCard(Competition competition, List<Event> events, boolean open) {

        public String closesAt() {
            return FederationViews.chinaTime(competition.registrationClosesAt());
        }
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;

    FederationResource(SignedIn signedIn, @RestClient RegistrationApi registration) {
        this.signedIn = signedIn;
        this.registration = registration;
    }

    /** Federation staff only, and only with a federation to act for (the token's federation claim). */
    static ConsoleUser federationStaff(SignedIn signedIn) {
        ConsoleUser user = signedIn.require(Role.FEDERATION);
        if (!user.isFederation()) {
            throw new OutsideRoleException(user, Role.FEDERATION);
        }
        return user;
    }

    @GET
    public TemplateInstance home() {
        ConsoleUser user = federationStaff(signedIn);
        Federation federation = registration.federations(0, 1).items().stream()
                .filter(f -> f.code().equals(user.federation())).findFirst().orElse(null);
        Instant now = Instant.now();
        List<CompetitionCard> cards = new ArrayList<>();
        for (Competition c : registration.competitions(0, 500).items()) {
            // a federation enters competitions whose region contains its own (docs/contract.md, Security)
            if (federation == null || FederationViews.regionContains(c.regionCode(), federation.regionCode())) {
                cards.add(new CompetitionCard(c, Paging.events(registration, c.code()), now.isBefore(c.registrationClosesAt())));
            }
        }
        return Templates.home(user, federation, cards);
    }

    /** The entry template, the same for every event (the columns are the intake's). Needs no service. */
    @GET
    @Path("entry-template.xlsx")
    @Produces(EntryTemplate.CONTENT_TYPE)
    public Response template() {
        federationStaff(signedIn);
        return Response.ok(EntryTemplate.bytes(), EntryTemplate.CONTENT_TYPE)
                .header("Content-Disposition", contentDisposition(EntryTemplate.ASCII_FILE_NAME, EntryTemplate.FILE_NAME))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The upload form; each rendering carries a new idempotency key, so that submitting it twice registers nothing twice. */
    @GET
    @Path("competitions/{c}/events/{e}/upload")
    public TemplateInstance uploadForm(@PathParam("c") String c, @PathParam("e") String e) {
        ConsoleUser user = federationStaff(signedIn);
        Competition competition = registration.competition(c);
        Event event = event(c, e);
        return Templates.upload(user, competition, event, Instant.now().isBefore(competition.registrationClosesAt()),
                newKey(), null, null);
    }

    /**
     * A filled sheet to the event: read and checked here, sent as one batch with the form's key, and
     * answered row by row. The key is the form's: the same submission again (a double click, the
     * browser resending) gets the intake's first answer back and registers nothing twice.
     */
    @POST
    @Path("competitions/{c}/events/{e}/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("c") String c, @PathParam("e") String e, @RestForm("sheet") FileUpload sheet,
                           @RestForm("idempotencyKey") String idempotencyKey) {
        ConsoleUser user = federationStaff(signedIn);
        Competition competition = registration.competition(c);
        Event event = event(c, e);
        boolean open = Instant.now().isBefore(competition.registrationClosesAt());
        UploadReport report = null;
        String refusal = null;
        int status = 200;
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            refusal = "表单已失效，请重新选择文件上传 This form has expired: choose the file and upload again.";
            status = 400;
        } else if (sheet == null || sheet.size() == 0) {
            refusal = "请选择要上传的报名表 Choose the filled entry sheet to upload.";
            status = 400;
        } else {
            try {
                Sheet read = SheetReader.read(sheet.fileName(), Files.readAllBytes(sheet.uploadedFile()), EntrySheet.MAX_ROWS);
                UploadReport.Submission submission = UploadReport.prepare(sheet.fileName(), read);
                BatchAnswer answer = submission.sent().isEmpty() ? new BatchAnswer(List.of(), List.of())
                        : registration.registerBatch(c, e, idempotencyKey.strip(), submission.batch());
                report = UploadReport.of(submission, answer);
            } catch (SheetException unreadable) {
                refusal = unreadable.getMessage();
                status = 400;
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            } catch (ApiException refused) {
                refusal = refusedBatch(refused);
                status = refused.status() >= 500 ? 502 : refused.status();
            }
        }
        return Response.status(status)
                .entity(Templates.upload(user, competition, event, open, newKey(), report, refusal)).build();
    }

    /** The intake refused the batch as a whole (not row by row): said for people. */
    private static String refusedBatch(ApiException refused) {
        boolean keyReused = refused.problem().errors().stream().anyMatch(f -> "Idempotency-Key".equals(f.field()));
        if (refused.status() == 422 && keyReused) {
            return "这个表单已经提交过另一份文件，未登记任何人。请用下面的新表单重新上传。"
                    + " This form was already used for another file; nobody was registered. Upload again with the new form below.";
        }
        // too many rows: 400 naming entries; too many bytes: 413
        if (refused.status() == 413 || refused.problem().errors().stream().anyMatch(f -> "entries".equals(f.field()))) {
            return "行数超过上限 " + EntrySheet.MAX_ROWS + "，请分表上传 More than " + EntrySheet.MAX_ROWS + " rows: split the sheet.";
        }
        return "报名系统未接受此次上传 The intake refused this upload: " + refused.status() + " " + refused.problem().summary();
    }

    private Event event(String competition, String code) {
        return Paging.events(registration, competition).stream().filter(ev -> ev.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("event " + code + " of " + competition));
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * {@code attachment} with a plain-ASCII {@code filename} for old clients and the real (Chinese)
     * name as RFC 5987's {@code filename*=UTF-8''…}, percent-encoded byte by byte.
     */
    static String contentDisposition(String asciiName, String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }
}
