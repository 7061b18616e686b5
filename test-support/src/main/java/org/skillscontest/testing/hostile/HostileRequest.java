package org.skillscontest.testing.hostile;

import java.util.Map;

/**
 * One request of the corpus, sent as it is (its bytes reach the server unchanged): the endpoint and what
 * is hostile about it, method, raw path and query, headers, body, and what must come back.
 */
public record HostileRequest(String endpoint, String label, String method, String target, Map<String, String> headers,
                             byte[] body, Expect expect) {

    @Override
    public String toString() {
        return endpoint + ": " + label;
    }
}
