package org.skillscontest.deploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.stack.LocalStack;
import org.skillscontest.deploy.stack.Postgres;
import org.skillscontest.deploy.stack.StackSettings;
import org.skillscontest.testing.Chromium;
import org.skillscontest.testing.PostgresServer;

/**
 * The console in a real browser against the running services: the packaged services and console on a
 * real Kafka broker and PostgreSQL (as PipelineIT runs them), Debian's headless Chromium at a phone's,
 * a tablet's or a desk's viewport. Each role's flow is its own class; this class starts the stack once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    static LocalStack stack;
    static ConsoleStack console;

    @BeforeAll
    static void startStack() {
        Chromium.requireInstalled();
        Path repository = Path.of("").toAbsolutePath().getParent();
        PostgresServer pg = PostgresServer.get();
        String prefix = "console_" + UUID.randomUUID().toString().substring(0, 6) + "_";
        stack = new LocalStack(StackSettings.isolated(repository, Path.of("target", "console-stack").toAbsolutePath(),
                Postgres.named(pg.jdbcUrl("postgres"), pg.user(), pg.password()), prefix));
        stack.start(line -> System.out.println("[stack] " + line));
        stack.startConsole(line -> System.out.println("[stack] " + line));
        console = new ConsoleStack(stack, new Api());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
            stack.dropDatabases();
        }
    }

    @Test
    @Order(1)
    void everyRoleSignsInAndSeesOnlyWhatItMayUse() {
        record Expect(String role, String subject, String federation, List<String> nav) {
        }
        String federation = console.federation("签到工会");
        for (Expect e : List.of(
                new Expect("organizer", "organiser-1", null, List.of("/organising")),
                new Expect("federation", null, federation, List.of("/federation")),
                new Expect("judge", "judge-1", null, List.of("/judging")),
                new Expect("chief-judge", "chief-1", null, List.of("/judging")))) {
            try (ConsoleBrowser browser = new ConsoleBrowser(console.url(), ConsoleBrowser.PHONE, "sign-in-" + e.role())) {
                browser.signIn(e.role(), e.subject(), e.federation());
                List<String> nav = browser.findAll("header nav a").stream().map(a -> a.getAttribute("href"))
                        .map(href -> href.substring(console.url().length())).toList();
                assertThat(nav).as(e.role()).containsExactlyElementsOf(e.nav());
                assertThat(browser.find("header .who").getText()).contains(e.federation() != null ? e.federation() : e.subject());
                browser.assertNoHorizontalOverflow();
                browser.screenshot("home-" + e.role(), "main h1", "header .who span");
            }
        }
    }

    @Test
    @Order(2)
    void theOrganiserSetsUpThroughFormsAndFollowsProgressAndStatistics() {
        new OrganisingFlow(console).run();
    }

    @Test
    @Order(3)
    void federationUploadsFixesAndResubmits() throws Exception {
        FederationFlow flow = new FederationFlow(console);
        flow.uploadFixAndResubmit();
        flow.followResults();
    }

    @Test
    @Order(4)
    void judgesMarkByStationOnATabletAndTheChiefJudgeLocksAndCorrects() {
        new JudgingFlow(console).run();
    }

    @Test
    @Order(5)
    void theOrganiserDownloadsResultsPromotionsAndCertificates() throws Exception {
        new DocumentsFlow(console).run();
    }
}
