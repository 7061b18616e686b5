package org.skillscontest.console.organising;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillscontest.console.DevKey;

/**
 * The three services as the organising pages' tests need them: a city competition C1 (feeding P1) with
 * one event, its entries, progress, statistics and promotions, and refusals shaped as the real services
 * shape them (problem+json with field errors). What the console sent is kept and served at
 * {@code GET /__received} (the test reads it over HTTP: it may live in another class loader).
 * The development sign-in's key is {@link DevKey}'s.
 */
public class FakeServices extends DevKey {

    static final ObjectMapper JSON = new ObjectMapper();

    private final List<HttpServer> servers = new java.util.ArrayList<>();
    private final ArrayNode received = JSON.createArrayNode();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.rest-client.registration.url", serve(this::registration));
        config.put("quarkus.rest-client.scoring.url", serve(this::scoring));
        config.put("quarkus.rest-client.ranking.url", serve(this::ranking));
        return config;
    }

    @Override
    public void stop() {
        servers.forEach(s -> s.stop(0));
    }

    record Answer(int status, String json) {
    }

    interface Service {
        Answer answer(String method, String path, JsonNode body);
    }

    private String serve(Service service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> handle(exchange, service));
            server.start();
            servers.add(server);
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange, Service service) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
        Answer answer;
        if (path.equals("/__received")) {
            synchronized (received) {
                answer = new Answer(200, received.toString());
            }
        } else {
            if (!method.equals("GET")) {
                synchronized (received) {
                    received.addObject().put("method", method).put("path", path).set("body", body);
                }
            }
            answer = service.answer(method, path + (query == null ? "" : "?" + query), body);
        }
        byte[] out = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(answer.status(), out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    static Answer problem(int status, String errors) {
        return new Answer(status, """
                {"type":"about:blank","title":"Bad Request","status":%d,"detail":"The request is invalid.","errors":%s}"""
                .formatted(status, errors));
    }

    static final Answer NOT_FOUND = new Answer(404, """
            {"type":"about:blank","title":"Not Found","status":404,"detail":"Not found."}""");

    static final String C1 = """
            {"code":"C1","name":"克拉玛依市第十七届职业技能大赛","level":"CITY","regionCode":"650200","edition":17,"year":2026,
             "startsOn":"2026-06-01","registrationClosesAt":"2026-05-20T10:00:00Z","feeds":"P1","series":null,"publicityDays":5}""";
    static final String P1 = """
            {"code":"P1","name":"新疆维吾尔自治区职业技能大赛","level":"PROVINCIAL","regionCode":"650000","edition":5,"year":2026,
             "startsOn":"2026-09-01","registrationClosesAt":"2026-08-20T10:00:00Z","feeds":null,"series":null,"publicityDays":5}""";
    static final String WELDER = """
            {"competition":"C1","code":"welder","name":"焊工","occupation":"焊工","skillLevel":3,"capacity":100,"quota":2,
             "advancesTo":{"competition":"P1","event":"welder"},
             "scoring":{"theoryWeight":30,"practicalWeight":70,"tolerancePercent":10,
                        "modules":[{"code":"m1","name":"实操一","maxMark":60,"weight":60},{"code":"m2","name":"实操二","maxMark":40,"weight":40}]},
             "rounds":[]}""";

    private static String entry(int i, String federation, String status) {
        return """
                {"entryId":"00000000-0000-0000-0000-00000000000%d","personId":"10000000-0000-0000-0000-00000000000%d","name":"选手%d",
                 "idNumber":"650203********001X","gender":"MALE","federation":"%s","employer":{"name":"克拉玛依石化","creditCode":"x"},
                 "currentSkillLevel":3,"competition":"C1","event":"welder","status":"%s","origin":"DIRECT"}"""
                .formatted(i, i, i, federation, status);
    }

    private Answer registration(String method, String path, JsonNode body) {
        switch (method + " " + path.replaceAll("\\?.*", "")) {
            case "GET /api/v1/federations":
                return new Answer(200, """
                        {"items":[{"code":"KLMY","name":"克拉玛依市总工会","regionCode":"650200"},
                                  {"code":"DSZ","name":"独山子区总工会","regionCode":"650202"}],"page":0,"size":500,"total":2}""");
            case "POST /api/v1/federations":
                return body.path("code").asText().equals("TAKEN")
                        ? new Answer(409, """
                        {"type":"about:blank","title":"Conflict","status":409,"detail":"Federation TAKEN exists already.",
                         "errors":[{"field":"code","code":"duplicate","message":"is taken"}]}""")
                        : new Answer(201, body.toString());
            case "GET /api/v1/competitions":
                return new Answer(200, "{\"items\":[" + C1 + "," + P1 + "],\"page\":0,\"size\":500,\"total\":2}");
            case "GET /api/v1/competitions/C1":
                return new Answer(200, C1);
            case "GET /api/v1/competitions/P1":
                return new Answer(200, P1);
            case "POST /api/v1/competitions":
                return body.path("regionCode").asText().matches("[1-9][0-9]{5}") ? new Answer(201, body.toString())
                        : problem(400, """
                        [{"field":"regionCode","code":"pattern","message":"must be a 6-digit administrative division code"}]""");
            case "GET /api/v1/competitions/C1/events":
                return new Answer(200, "{\"items\":[" + WELDER + "],\"page\":0,\"size\":500,\"total\":1}");
            case "GET /api/v1/competitions/P1/events":
                return new Answer(200, "{\"items\":[" + WELDER.replace("\"C1\"", "\"P1\"").replace("\"quota\":2", "\"quota\":0")
                        .replaceAll("\"advancesTo\":\\{[^}]*}", "\"advancesTo\":null") + "],\"page\":0,\"size\":500,\"total\":1}");
            case "POST /api/v1/competitions/C1/events": {
                JsonNode modules = body.path("scoring").path("modules");
                for (int i = 0; i < modules.size(); i++) {
                    if (modules.get(i).path("maxMark").asDouble() <= 0) {
                        return problem(400, """
                                [{"field":"scoring.modules[%d].maxMark","code":"decimal-min","message":"must be greater than 0"}]""".formatted(i));
                    }
                }
                return new Answer(201, body.toString());
            }
            case "GET /api/v1/competitions/C1/events/welder/entries":
                return new Answer(200, "{\"items\":[" + String.join(",", entry(1, "KLMY", "REGISTERED"), entry(2, "KLMY", "REGISTERED"),
                        entry(3, "KLMY", "REGISTERED"), entry(4, "DSZ", "REGISTERED"), entry(5, "DSZ", "WITHDRAWN"))
                        + "],\"page\":0,\"size\":1000,\"total\":5}");
            case "GET /api/v1/competitions/C1/statistics":
                return new Answer(200, """
                        {"competition":"C1","name":"克拉玛依市第十七届职业技能大赛","level":"CITY","edition":17,"year":2026,"published":false,
                         "events":1,"totals":{"entrants":4,"withdrawn":1,"people":4,"enterprises":1,"federations":2,"promotedIn":0,"promotedOut":2},
                         "byEvent":[{"event":"welder","name":"焊工","occupation":"焊工","counts":{"entrants":4,"withdrawn":1,"people":4,
                                     "enterprises":1,"federations":2,"promotedIn":0,"promotedOut":2}}]}""");
            default:
                return NOT_FOUND;
        }
    }

    private Answer scoring(String method, String path, JsonNode body) {
        switch (method + " " + path.replaceAll("\\?.*", "")) {
            case "GET /api/v1/events/C1/welder/progress":
                return new Answer(200, """
                        {"competition":"C1","event":"welder","round":null,"entrants":4,"locked":false,"version":0,
                         "judges":[{"judge":"j1","module":"m1","expected":4,"entered":4},{"judge":"j2","module":"m1","expected":4,"entered":2},
                                   {"judge":"j3","module":"m2","expected":4,"entered":0}],"theoryEntered":1,"theoryExpected":4}""");
            case "PUT /api/v1/events/C1/welder/panel":
                if (body.path("chiefJudge").asText().equals("not-yet")) {
                    return NOT_FOUND; // scoring has not heard of the event yet
                }
                JsonNode m1 = body.path("modules").path("m1");
                if (m1.size() == 0 || m1.size() != new java.util.HashSet<>(JSON.convertValue(m1, List.class)).size()) {
                    return problem(400, """
                            [{"field":"modules.m1","code":"judges","message":"at least one judge, each once"}]""");
                }
                return new Answer(200, body.toString());
            default:
                return NOT_FOUND;
        }
    }

    private Answer ranking(String method, String path, JsonNode body) {
        switch (method + " " + path.replaceAll("\\?.*", "")) {
            case "GET /api/v1/competitions/C1/statistics":
                return new Answer(200, """
                        {"competition":"C1","name":"克拉玛依市第十七届职业技能大赛","level":"CITY","year":2026,"edition":17,"published":true,
                         "events":1,"eventsRanked":1,
                         "totals":{"entrants":4,"finalists":4,"promotionsOut":2,"awards":{"GOLD":1,"SILVER":1,"BRONZE":1,"EXCELLENCE":0}},
                         "byEvent":[{"event":"welder","name":"焊工","occupation":"焊工","version":1,
                                     "counts":{"entrants":4,"finalists":4,"promotionsOut":2,"awards":{"GOLD":1,"SILVER":1,"BRONZE":1,"EXCELLENCE":0}}}],
                         "rounds":[]}""");
            case "GET /api/v1/competitions/C1/promotions":
                return new Answer(200, """
                        {"items":[{"name":"选手1","federation":"KLMY","from":{"competition":"C1","event":"welder"},"place":1,"award":"GOLD",
                          "to":{"competition":"P1","event":"welder"},"status":"ACTIVE"},
                         {"name":"选手4","federation":"DSZ","from":{"competition":"C1","event":"welder"},"place":2,"award":"SILVER",
                          "to":{"competition":"P1","event":"welder"},"status":"ACTIVE"}],"page":0,"size":500,"total":2}""");
            default:
                return NOT_FOUND;
        }
    }
}
