package org.skillscontest.ranking;

import org.junit.jupiter.api.Test;
import org.skillscontest.testing.RequestBounds;

/** Every string and collection a client can send the service has an upper bound (issue 14). */
class RequestBoundsTest {

    @Test
    void everyStringAndCollectionOfEveryRequestIsBounded() {
        RequestBounds.assertBounded("org.skillscontest.ranking");
    }
}
