package org.skillscontest.console.signin;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person signed in: who they are by the token's subject, their roles and (federation staff) their
 * federation, and the bearer token the console sends to the services on their behalf. The services
 * decide what the token may do; the console reads the same claims only to show what can succeed.
 */
public record ConsoleUser(String subject, Set<Role> roles, String federation, String token, Instant expiresAt) {

    public ConsoleUser {
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isFederation() {
        return is(Role.FEDERATION) && federation != null;
    }

    public boolean isJudge() {
        return is(Role.JUDGE);
    }

    public boolean isChiefJudge() {
        return is(Role.CHIEF_JUDGE);
    }

    public boolean isOrganizer() {
        return is(Role.ORGANIZER);
    }

    /** Organisers and auditors see every federation's entrants and every event's progress. */
    public boolean seesEverything() {
        return is(Role.ORGANIZER) || is(Role.AUDITOR);
    }

    /** Judges and chief judges both have assignments on panels. */
    public boolean judges() {
        return is(Role.JUDGE) || is(Role.CHIEF_JUDGE);
    }

    public String roleLabels() {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(" · "));
    }
}
