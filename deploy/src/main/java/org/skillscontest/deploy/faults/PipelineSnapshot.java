package org.skillscontest.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.demo.SeedScenario;

/** What the three services hold, read through their APIs: per event its entries, results and ranking; promotions per competition. */
record PipelineSnapshot(Map<String, EventState> events, Map<String, JsonNode> promotions) {

    /** One event as each service sees it; {@code ranking} is null while the event is not ranked. */
    record EventState(SeedScenario.EventRef ref, List<JsonNode> entries, JsonNode results, JsonNode ranking) {

        String key() {
            return ref.competition() + "/" + ref.event();
        }
    }

    static PipelineSnapshot read(Api api, SeedScenario.Urls urls, String organizer) {
        Map<String, EventState> events = new LinkedHashMap<>();
        Map<String, JsonNode> promotions = new LinkedHashMap<>();
        for (SeedScenario.EventRef ref : SeedScenario.events()) {
            String path = ref.competition() + "/" + ref.event();
            List<JsonNode> entries = new ArrayList<>();
            api.all(urls.registration() + "/api/v1/competitions/" + ref.competition() + "/events/" + ref.event() + "/entries",
                    organizer, Api.LONG_PAGE).forEach(entries::add);
            Api.Answer results = api.sendWhole(urls.scoring() + "/api/v1/events/" + path + "/results", organizer, "entries", Api.LONG_PAGE);
            Api.Answer ranking = api.sendWhole(urls.ranking() + "/api/v1/events/" + path + "/ranking", null, "places", Api.LONG_PAGE);
            events.put(path, new EventState(ref, entries, results.status() == 200 ? results.body() : null,
                    ranking.status() == 200 ? ranking.body() : null));
            promotions.computeIfAbsent(ref.competition(), c -> api.all(urls.ranking() + "/api/v1/competitions/" + c + "/promotions", null,
                    Api.PAGE));
        }
        return new PipelineSnapshot(events, promotions);
    }
}
