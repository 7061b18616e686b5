package org.skillscontest.platform.publicview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** If-None-Match against a view's tag, as RFC 9110 compares them (weakly). */
class EntityTagsTest {

    private static final String TAG = EntityTags.of("r", 12);

    @Test
    void aTagIsTheQuotedViewAndRevision() {
        assertThat(TAG).isEqualTo("\"r-12\"");
        assertThat(EntityTags.of("r", 13)).isNotEqualTo(TAG);
        assertThat(EntityTags.of("page", 12)).isNotEqualTo(TAG);
    }

    @Test
    void theSameTagMatchesWeakOrNot() {
        assertThat(EntityTags.matches("\"r-12\"", TAG)).isTrue();
        assertThat(EntityTags.matches("W/\"r-12\"", TAG)).isTrue();
        assertThat(EntityTags.matches("  \"r-12\" ", TAG)).isTrue();
    }

    @Test
    void oneOfSeveralTagsOrAStarMatches() {
        assertThat(EntityTags.matches("\"r-10\", \"r-12\"", TAG)).isTrue();
        assertThat(EntityTags.matches("*", TAG)).isTrue();
        assertThat(EntityTags.isAny(" * ")).isTrue();
        assertThat(EntityTags.isAny("\"r-12\"")).isFalse();
    }

    @Test
    void anOlderTagOrNoHeaderMatchesNothing() {
        assertThat(EntityTags.matches("\"r-11\"", TAG)).isFalse();
        assertThat(EntityTags.matches("\"r-1\", \"r-2\"", TAG)).isFalse();
        assertThat(EntityTags.matches("r-12", TAG)).isFalse();
        assertThat(EntityTags.matches(null, TAG)).isFalse();
        assertThat(EntityTags.matches("", TAG)).isFalse();
    }
}
