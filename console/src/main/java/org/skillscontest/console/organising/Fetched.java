package org.skillscontest.console.organising;

import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;
import org.skillscontest.console.backend.ApiException;

/**
 * One service's answer for one part of a page: the value, or why there is none (404: the service does
 * not know it yet; 0: the service could not be reached). A page of several services' figures shows
 * what it has and says which part is missing, rather than failing whole. An expired sign-in (401) still
 * fails the page, which sends the person to sign in again.
 */
public record Fetched<T>(T value, int status, String problem) {

    public static <T> Fetched<T> of(Supplier<T> call) {
        try {
            return new Fetched<>(call.get(), 200, null);
        } catch (ApiException e) {
            if (e.status() == 401) {
                throw e;
            }
            return new Fetched<>(null, e.status(), e.problem().summary());
        } catch (ProcessingException e) {
            return new Fetched<>(null, 0, "服务暂时无法访问 The service cannot be reached just now");
        }
    }

    public boolean ok() {
        return value != null;
    }

    /** The service answered 404: it does not know this (yet). */
    public boolean missing() {
        return status == 404;
    }
}
