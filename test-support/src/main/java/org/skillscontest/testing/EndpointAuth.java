package org.skillscontest.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The endpoint × caller harness of the services' {@code EveryEndpointAuthTest}: cases of who calls
 * which endpoint and what must come back, and the one check every case makes (the answer, a
 * problem+json for a refusal, nothing changed, a refused write not half-done). Each service keeps its
 * own endpoints ({@code E}), kinds of caller ({@code W}) and fixture.
 */
public final class EndpointAuth {

    private EndpointAuth() {
    }

    /** {@code who} calls {@code endpoint} and gets {@code status}; {@code check} looks at the answer further. */
    public record Case<E, W>(E endpoint, W who, int status, Consumer<ValidatableResponse> check) {
        public Case(E endpoint, W who, int status) {
            this(endpoint, who, status, r -> { });
        }

        @Override
        public String toString() {
            return endpoint + " by " + who + " -> " + status;
        }
    }

    /** For every endpoint, a case per caller whose token is no token, answered as {@code status} says for the endpoint. */
    public static <E, W> void addForEvery(List<Case<E, W>> cases, E[] endpoints, List<W> invalidTokens,
                                          ToIntFunction<E> status) {
        for (E endpoint : endpoints) {
            for (W invalid : invalidTokens) {
                cases.add(new Case<>(endpoint, invalid, status.applyAsInt(endpoint)));
            }
        }
    }

    /**
     * Calls as the case says and checks the answer; a refusal is problem+json with its status and a
     * title; {@code state} (a snapshot of the service's rows) is the same afterwards; after a refusal,
     * {@code rightfulRetry} (null: none) repeats the call as its rightful caller, which must succeed.
     * A failure names the case (surefire names parameterized runs by index only).
     */
    public static void check(Case<?, ?> c, Supplier<String> state, Supplier<ValidatableResponse> call, Runnable rightfulRetry) {
        try {
            String before = state.get();
            ValidatableResponse answer = call.get().statusCode(c.status());
            c.check().accept(answer);
            if (c.status() >= 400) {
                answer.contentType("application/problem+json")
                        .body("status", equalTo(c.status())).body("title", notNullValue());
            }
            // reads never change anything; a refused write must not have either
            assertThat(state.get()).isEqualTo(before);
            if (c.status() >= 400 && rightfulRetry != null) {
                rightfulRetry.run();
            }
        } catch (AssertionError e) {
            throw new AssertionError(c + ": " + e.getMessage(), e);
        }
    }
}
