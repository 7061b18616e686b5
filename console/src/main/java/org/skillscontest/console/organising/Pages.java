package org.skillscontest.console.organising;

import java.util.List;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Problem;

/** A page about something the services do not know: the console's error page says 404 with these words. */
final class Pages {

    private Pages() {
    }

    static ApiException notFound(String what) {
        return new ApiException(new Problem(null, "Not Found", 404, what, List.of()));
    }
}
