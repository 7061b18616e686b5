package org.skillscontest.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(16_384, List.of(
            new BodyLimits.Family("intake", List.of("/api/v1/competitions/*/events/*/entries/batch"), 8 << 20),
            new BodyLimits.Family("marks", List.of("/api/v1/events/*/*/marks", "/api/v1/events/*/*/rounds/*/marks"), 2 << 20)));

    @Test
    void aStarIsExactlyOneSegment() {
        assertThat(limits.of("/api/v1/competitions/c1/events/e1/entries/batch").family()).isEqualTo("intake");
        assertThat(limits.of("/api/v1/competitions/c1/events/e1/entries").family()).isEqualTo("default");
        assertThat(limits.of("/api/v1/competitions/c1/x/events/e1/entries/batch").family()).isEqualTo("default");
        assertThat(limits.of("/api/v1/competitions//events/e1/entries/batch").family()).isEqualTo("intake");
    }

    @Test
    void everyPatternOfAFamilyCounts() {
        assertThat(limits.of("/api/v1/events/c/e/marks")).isEqualTo(new BodyLimits.Limit("marks", 2 << 20));
        assertThat(limits.of("/api/v1/events/c/e/rounds/r1/marks")).isEqualTo(new BodyLimits.Limit("marks", 2 << 20));
        assertThat(limits.of("/api/v1/events/c/e/rounds/r1/marks/")).isEqualTo(new BodyLimits.Limit("marks", 2 << 20));
    }

    @Test
    void anythingElseGetsTheDefault() {
        assertThat(limits.of("/")).isEqualTo(new BodyLimits.Limit("default", 16_384));
        assertThat(limits.of("/q/health")).isEqualTo(new BodyLimits.Limit("default", 16_384));
        assertThat(limits.of("/api/v1/events/c/e/marks/extra").family()).isEqualTo("default");
        assertThat(limits.of("").family()).isEqualTo("default");
    }

    @Test
    void theTableListsEveryFamilyAndTheDefault() {
        assertThat(limits.table()).containsExactly(
                java.util.Map.entry("default", 16_384L), java.util.Map.entry("intake", 8L << 20),
                java.util.Map.entry("marks", 2L << 20));
    }

    @Test
    void aLimitMustBePositiveAndAPathAbsolute() {
        assertThatThrownBy(() -> new BodyLimits(0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BodyLimits.Family("x", List.of("/a"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BodyLimits.Family("x", List.of("a/b"), 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
