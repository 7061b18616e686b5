package org.skillscontest.testing.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One endpoint as the hostile corpus sees it, described once: method and path template with valid values
 * for its parameters, a valid body and the kinds of its fields, its rightful caller and the roles allowed,
 * and further callers it must refuse. Every request the corpus derives differs from the valid one in one
 * thing only, so that thing is why it must be refused.
 */
public final class Endpoint {

    /** Every role of the contract: those an endpoint does not allow are refused with 403. */
    public static final Set<String> ROLES = Set.of("organizer", "federation", "judge", "chief-judge", "auditor");

    /** A path, query or header parameter: its valid value (null: absent from the valid request) and kind. */
    record Parameter(String name, String value, Kind kind) {
    }

    /** The rightful caller, whose claims the bad tokens carry. */
    record Caller(String subject, Set<String> roles, String federation) {
    }

    /** A caller with a valid token who must still be refused, with the statuses that may answer. */
    record Refused(String label, String token, Expect expect) {
    }

    final String name;
    final String method;
    final String path;
    final Map<String, Parameter> pathParameters = new LinkedHashMap<>();
    final Map<String, Parameter> queryParameters = new LinkedHashMap<>();
    final Map<String, Parameter> headers = new LinkedHashMap<>();
    final List<Field> fields = new ArrayList<>();
    final List<Refused> refused = new ArrayList<>();
    final Set<String> allowedRoles = new LinkedHashSet<>();
    String body;
    Caller caller;
    Expect unknownIds = Expect.status(404);

    private Endpoint(String name, String method, String path) {
        this.name = name;
        this.method = method;
        this.path = path;
    }

    /** {@code name} labels the endpoint's requests; {@code path} holds {@code {parameter}}s given by {@link #path}. */
    public static Endpoint of(String name, String method, String path) {
        return new Endpoint(name, method, path);
    }

    public Endpoint path(String parameter, String value, Kind kind) {
        if (!path.contains("{" + parameter + "}")) {
            throw new IllegalArgumentException(path + " has no {" + parameter + "}");
        }
        pathParameters.put(parameter, new Parameter(parameter, value, kind));
        return this;
    }

    /** A query parameter; {@code value} null: the valid request leaves it out. */
    public Endpoint query(String parameter, String value, Kind kind) {
        queryParameters.put(parameter, new Parameter(parameter, value, kind));
        return this;
    }

    public Endpoint header(String header, String value, Kind kind) {
        headers.put(header, new Parameter(header, value, kind));
        return this;
    }

    /** A header whose valid value is a fresh UUID in every request (an Idempotency-Key: no request meets another's). */
    public Endpoint freshKey(String header) {
        headers.put(header, new Parameter(header, null, Kind.FREE_TEXT));
        return this;
    }

    /** The valid body, as JSON. */
    public Endpoint body(String json) {
        this.body = json;
        return this;
    }

    /** The valid body: maps, lists and values written as JSON. */
    public Endpoint body(Object value) {
        try {
            return body(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Endpoint field(String path, Kind kind) {
        return field(Field.of(path, kind));
    }

    public Endpoint field(Field field) {
        fields.add(field);
        return this;
    }

    /** The rightful caller (its roles are those allowed here, unless {@link #allowing} says more). */
    public Endpoint caller(String subject, Set<String> roles, String federation) {
        this.caller = new Caller(subject, Set.copyOf(roles), federation);
        allowedRoles.addAll(roles);
        return this;
    }

    /** Further roles the endpoint allows: no 403 is expected for them. */
    public Endpoint allowing(String... roles) {
        allowedRoles.addAll(List.of(roles));
        return this;
    }

    /** Another caller, with a valid token, whom the endpoint refuses (another federation, a judge of another panel…). */
    public Endpoint refusing(String label, String token, Expect expect) {
        refused.add(new Refused(label, token, expect));
        return this;
    }

    /** What an unknown (well-formed) id or code in the path answers; null: a list that is simply empty, so none is tried. */
    public Endpoint unknownIds(Expect expect) {
        this.unknownIds = expect;
        return this;
    }

    @Override
    public String toString() {
        return name;
    }
}
