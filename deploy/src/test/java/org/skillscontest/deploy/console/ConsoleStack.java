package org.skillscontest.deploy.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.stack.LocalStack;

/**
 * The running stack as the console's browser tests use it: the console's URL, tokens for checking
 * what the browser did against the services' APIs, and set-up over REST for flows that begin later
 * in a competition's life (the organiser's own flow sets up through the browser).
 */
public final class ConsoleStack {

    private final LocalStack stack;
    private final Api api;

    ConsoleStack(LocalStack stack, Api api) {
        this.stack = stack;
        this.api = api;
    }

    public String url() {
        return stack.console().url();
    }

    public String registration() {
        return stack.url("registration");
    }

    public String scoring() {
        return stack.url("scoring");
    }

    public String ranking() {
        return stack.url("ranking");
    }

    public Api api() {
        return api;
    }

    public String token(String role, String federation, String subject) {
        return stack.keys().token(role, federation, subject, Duration.ofHours(1));
    }

    public String organiser() {
        return token("organizer", null, "organiser-1");
    }

    /** A new federation (over REST) named {@code name}; its code. */
    public String federation(String name) {
        String code = "F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api.expect(201, "POST", registration() + "/api/v1/federations", organiser(),
                Map.of("code", code, "name", name, "regionCode", "650200"));
        return code;
    }

    public JsonNode get(String url, String token) {
        return api.get(url, token);
    }
}
