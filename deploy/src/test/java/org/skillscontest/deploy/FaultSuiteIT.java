package org.skillscontest.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscontest.deploy.faults.FaultSuite;
import org.skillscontest.deploy.faults.FaultTable;
import org.skillscontest.deploy.stack.LocalStack;
import org.skillscontest.deploy.stack.StackSettings;

/**
 * The fault suite, small: two instances of each service on one broker, the three levels with a dozen
 * entrants per city event, one instance crashed (SIGKILL) while ranking ranks the city events, poison on
 * every consumed topic, PostgreSQL (a private cluster of the test's own) stopped while the national
 * results travel to ranking, and every consumed topic replayed from the beginning. Behaviour only: the
 * table must show nothing lost, doubled or reordered, and the dead-letter topics exactly the poison.
 * Consumers hold what they are consuming while the database is away (platform {@code TransientRetry}),
 * so the pause loses nothing and dead-letters nothing either.
 */
class FaultSuiteIT {

    private static final String DATABASE_PAUSE = "PostgreSQL stopped";

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        Path repository = Path.of("").toAbsolutePath().getParent();
        String prefix = "faults_" + UUID.randomUUID().toString().substring(0, 6) + "_";
        stack = new LocalStack(StackSettings.isolatedWithPrivatePostgres(repository, Path.of("target", "faults-stack").toAbsolutePath(),
                prefix, new StackSettings.Scale(1, 2)));
        stack.start(line -> System.out.println("[stack] " + line));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void nothingLostDoubledOrReorderedThroughACrashPoisonADatabasePauseAndAReplay() {
        FaultTable table = new FaultSuite(stack, FaultSuite.Plan.small(), line -> System.out.println("[faults] " + line)).run();
        table.print(new PrintStream(System.out, true, StandardCharsets.UTF_8));

        for (FaultTable.Row row : table.rows()) {
            assertThat(row.lost()).as("lost during: %s", row.fault()).isZero();
            assertThat(row.doubled()).as("doubled during: %s", row.fault()).isZero();
            assertThat(row.outOfOrder()).as("out of order during: %s", row.fault()).isZero();
            assertThat(row.deadLetters()).as("dead letters vs poison during: %s", row.fault()).isEqualTo(row.poison());
        }
        assertThat(table.rows()).extracting(FaultTable.Row::fault).anyMatch(f -> f.startsWith("SIGKILL"))
                .anyMatch(f -> f.startsWith("poison")).anyMatch(f -> f.startsWith(DATABASE_PAUSE)).anyMatch(f -> f.startsWith("replay"));
        assertThat(table.passed()).as("every cell of the table").isTrue();
    }
}
