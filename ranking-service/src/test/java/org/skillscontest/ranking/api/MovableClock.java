package org.skillscontest.ranking.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.skillscontest.platform.time.ChinaTime;

/**
 * The clock of ranking's {@code @QuarkusTest}s in place of the platform's: the system clock, moved
 * forward as far as a test says, so that a publicity period of days ends without waiting for them.
 * A test that moves it puts it back ({@link #reset}) when it ends.
 */
@ApplicationScoped
public class MovableClock {

    private static volatile Duration offset = Duration.ZERO;

    private static final Clock CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return ChinaTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    };

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return CLOCK;
    }

    /** Now, as the service sees it. */
    static Instant now() {
        return CLOCK.instant();
    }

    /** From now on the service's clock shows {@code instant} (then runs on). */
    static void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    static void reset() {
        offset = Duration.ZERO;
    }
}
