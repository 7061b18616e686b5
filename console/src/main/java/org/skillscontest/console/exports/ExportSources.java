package org.skillscontest.console.exports;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Page;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.Problem;
import org.skillscontest.console.backend.RankingApi;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.backend.Registration.Federation;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.signin.ConsoleUser;

/**
 * What the exports read from the services as the signed-in person, each at most once per request:
 * competitions and events (registration), rankings and promotions (ranking), federations' names.
 */
@RequestScoped
class ExportSources {

    private final RegistrationApi registration;
    private final RankingApi ranking;
    private final Map<String, Competition> competitions = new HashMap<>();
    private final Map<String, List<Event>> events = new HashMap<>();
    private Map<String, String> federationNames;

    ExportSources(@RestClient RegistrationApi registration, @RestClient RankingApi ranking) {
        this.registration = registration;
        this.ranking = ranking;
    }

    Page<Competition> competitions(int page, int size) {
        return registration.competitions(page, size);
    }

    Competition competition(String code) {
        return competitions.computeIfAbsent(code, registration::competition);
    }

    List<Event> events(String competition) {
        return events.computeIfAbsent(competition, c -> Paging.events(registration, c));
    }

    /** The event, or the 404 registration would give for it. */
    Event event(String competition, String event) {
        return events(competition).stream().filter(e -> e.code().equals(event)).findFirst()
                .orElseThrow(() -> new ApiException(new Problem(null, "Not Found", 404,
                        "赛项不存在 No event " + event + " in " + competition, List.of())));
    }

    /** The event's ranking with every place; empty while ranking has not ranked it (its 404). */
    Optional<JsonNode> ranking(String competition, String event) {
        try {
            return Optional.of(Paging.whole(page -> ranking.ranking(competition, event, page, Paging.MAX_LONG), "places"));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every promotion out of the competition. */
    JsonNode promotions(String competition) {
        return Paging.items(page -> ranking.promotions(competition, page, Paging.MAX));
    }

    /** Federation code → name for organisers and auditors, who may list them all; others see the codes. */
    Map<String, String> federationNames(ConsoleUser user) {
        if (federationNames == null) {
            federationNames = new LinkedHashMap<>();
            if (user.seesEverything()) {
                Paging.all(page -> registration.federations(page, Paging.MAX))
                        .forEach(f -> federationNames.put(f.code(), f.name()));
            }
        }
        return federationNames;
    }

    /** A competition's name, or its code when registration does not know it or will not say. */
    String competitionName(String code) {
        try {
            return competition(code).name();
        } catch (ApiException e) {
            return code;
        }
    }

    /** Event code → name of a competition (empty when registration will not say). */
    Map<String, String> eventNames(String competition) {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            events(competition).forEach(e -> names.put(e.code(), e.name()));
        } catch (ApiException e) {
            // codes then
        }
        return names;
    }
}
