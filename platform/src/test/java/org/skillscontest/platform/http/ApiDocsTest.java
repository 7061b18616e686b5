package org.skillscontest.platform.http;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;

/** Production serves neither the OpenAPI document nor Swagger UI unless it is configured to (README, "API docs"). */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
@TestProfile(ApiDocsTest.Production.class)
class ApiDocsTest {

    /** The production profile, as a service runs with no settings of its own. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @Test
    void areOffByDefaultInProduction() {
        given().get("/q/openapi").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/health/live").then().statusCode(200);
    }
}
