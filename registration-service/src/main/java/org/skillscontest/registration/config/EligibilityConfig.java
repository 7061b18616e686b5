package org.skillscontest.registration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.skillscontest.registration.domain.Eligibility;

/** Eligibility settings of this deployment (docs/domain.md's defaults). */
@ConfigMapping(prefix = "registration.eligibility")
public interface EligibilityConfig {

    @WithDefault("16")
    int minimumAge();

    /** The statutory retirement age that entrants must be below on the competition's start date. */
    @WithDefault("60")
    int retirementAge();

    @WithDefault("1")
    int maxEventsPerCompetition();

    default Eligibility.Settings settings() {
        return new Eligibility.Settings(minimumAge(), retirementAge(), maxEventsPerCompetition());
    }
}
