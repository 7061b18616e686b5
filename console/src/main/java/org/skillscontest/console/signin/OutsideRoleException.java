package org.skillscontest.console.signin;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A page outside the signed-in person's roles: answered 403 with a page saying whose page it is. */
public class OutsideRoleException extends RuntimeException {

    private final String needed;

    public OutsideRoleException(ConsoleUser user, Role... roles) {
        super(user.subject() + " holds none of " + Arrays.toString(roles), null, false, false);
        this.needed = Arrays.stream(roles).map(Role::label).collect(Collectors.joining("、"));
    }

    /** The roles that may use the page, as people name them. */
    public String needed() {
        return needed;
    }
}
