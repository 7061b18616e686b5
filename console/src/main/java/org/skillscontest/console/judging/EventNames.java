package org.skillscontest.console.judging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.RegistrationApi;

/** Registration's names of the events a judge sits on (scoring knows codes only); where it answers, as names only decorate a page. */
@ApplicationScoped
public class EventNames {

    private final RegistrationApi registration;

    EventNames(@RestClient RegistrationApi registration) {
        this.registration = registration;
    }

    public List<Assignment> named(List<Assignment> assignments) {
        Map<String, Map<String, String>> names = new HashMap<>();
        List<Assignment> out = new ArrayList<>();
        for (Assignment a : assignments) {
            out.add(a.named(names.computeIfAbsent(a.scope().competition(), this::eventsOf).get(a.scope().event())));
        }
        return out;
    }

    public Assignment named(Assignment assignment) {
        return named(List.of(assignment)).get(0);
    }

    private Map<String, String> eventsOf(String competition) {
        Map<String, String> byCode = new HashMap<>();
        try {
            Paging.events(registration, competition).forEach(e -> byCode.put(e.code(), e.name()));
        } catch (RuntimeException unavailable) {
            // registration down or refusing: the codes will do
        }
        return byCode;
    }
}
