package org.skillscontest.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/**
 * {@code body-limit.default} and {@code body-limit.families.<name>.paths / .max}: the platform sets the
 * default, each service names its bulk families in its own application.properties.
 */
@ConfigMapping(prefix = "body-limit")
public interface BodyLimitConfig {

    @WithDefault("16K")
    MemorySize defaultMax();

    Map<String, Family> families();

    interface Family {
        List<String> paths();

        MemorySize max();
    }

    default BodyLimits limits() {
        return new BodyLimits(defaultMax().asLongValue(), families().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new BodyLimits.Family(e.getKey(), e.getValue().paths(), e.getValue().max().asLongValue()))
                .toList());
    }
}
