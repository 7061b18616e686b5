package org.skillscontest.registration.api;

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
    void aBulkIntakeHoldsEightMebibytes() {
        BodyLimitCheck.check("POST", "/api/v1/competitions/c1/events/e1/entries/batch", 8L << 20, Tokens.federation("f1"));
    }

    @Test
    void everyOtherRequestHoldsSixteenKibibytes() {
        BodyLimitCheck.check("POST", "/api/v1/federations", 16 << 10, Tokens.organizer());
        BodyLimitCheck.check("POST", "/api/v1/competitions/c1/events/e1/entries", 16 << 10, Tokens.federation("f1"));
        BodyLimitCheck.check("POST", "/api/v1/entries/" + java.util.UUID.randomUUID() + "/withdrawal", 16 << 10,
                Tokens.federation("f1"));
        BodyLimitCheck.check("GET", "/api/v1/competitions", 16 << 10, Tokens.organizer());
    }
}
