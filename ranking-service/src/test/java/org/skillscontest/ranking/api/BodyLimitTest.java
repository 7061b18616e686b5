package org.skillscontest.ranking.api;

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
    void everyRequestHoldsSixteenKibibytes() {
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/objections", 16 << 10, Tokens.federation("f1"));
        BodyLimitCheck.check("POST", "/api/v1/events/c1/e1/objections/" + java.util.UUID.randomUUID() + "/rejection",
                16 << 10, Tokens.chiefJudge("c1"));
        BodyLimitCheck.check("GET", "/results/c1", 16 << 10, null);
    }
}
