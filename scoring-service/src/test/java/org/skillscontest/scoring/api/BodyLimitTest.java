package org.skillscontest.scoring.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.BodyLimitCheck;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/** Each endpoint family's body limit (README, "Request limits"): the limit itself is read, one byte more is 413. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class BodyLimitTest {

    @Test
    void marksAndTheoryHoldTwoMebibytes() {
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/marks", 2L << 20, Tokens.judge("j1"));
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/rounds/r1/marks", 2L << 20, Tokens.judge("j1"));
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/theory", 2L << 20, Tokens.organizer());
    }

    @Test
    void aTheoryImportHoldsEightMebibytes() {
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/theory/import", 8L << 20, Tokens.organizer());
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/rounds/r1/theory/import", 8L << 20, Tokens.organizer());
    }

    @Test
    void everyOtherRequestHoldsSixteenKibibytes() {
        BodyLimitCheck.check("PUT", "/api/v1/events/c1/e1/panel", 16 << 10, Tokens.organizer());
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/corrections", 16 << 10, Tokens.chiefJudge("c1"));
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/lock", 16 << 10, Tokens.chiefJudge("c1"));
    }
}
