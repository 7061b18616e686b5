package org.skillscontest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.skillscontest.platform.time.ChinaTime;

/**
 * The one clock services read "now" from; tests may replace it. It carries China's zone, but date
 * rules do not rely on that: they ask {@link ChinaTime#today(Clock)}.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
