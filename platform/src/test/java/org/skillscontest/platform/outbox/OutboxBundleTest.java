package org.skillscontest.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Topic;

class OutboxBundleTest {

    @Test
    void everyEventComesBackInOrderWithItsOwnIdKeyAndSubject() {
        OutboxBundle bundle = new OutboxBundle(Topic.ENTRY_REGISTERED);
        List<OutboxBundle.Line> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            OutboxBundle.Line line = new OutboxBundle.Line(UUID.randomUUID(), "KRMY-17/rider", "entry-" + i,
                    "{\"name\":\"热合曼·阿不都\",\"note\":\"tab\\tand\\nbreak escaped\",\"i\":" + i + "}");
            bundle.add(line.id(), line.key(), line.subject(), line.value());
            written.add(line);
        }
        assertThat(bundle.size()).isEqualTo(3);
        assertThat(OutboxBundle.read(bundle.payload())).containsExactlyElementsOf(written);
    }

    @Test
    void aMissingKeyOrSubjectStaysMissing() {
        OutboxBundle bundle = new OutboxBundle(Topic.ENTRY_REGISTERED);
        UUID id = UUID.randomUUID();
        bundle.add(id, null, null, "{}");
        bundle.add(UUID.randomUUID(), "k", "", "{\"a\":1}");
        List<OutboxBundle.Line> read = OutboxBundle.read(bundle.payload());
        assertThat(read.get(0)).isEqualTo(new OutboxBundle.Line(id, null, null, "{}"));
        assertThat(read.get(1).key()).isEqualTo("k");
        assertThat(read.get(1).subject()).isNull();
        assertThat(bundle.single().id()).isEqualTo(id);
    }

    @Test
    void rawTabsOrLineBreaksAreRefusedRatherThanCorruptingTheBundle() {
        OutboxBundle bundle = new OutboxBundle(Topic.ENTRY_REGISTERED);
        assertThatThrownBy(() -> bundle.add(UUID.randomUUID(), "a\tb", null, "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bundle.add(UUID.randomUUID(), "k", "s\n", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bundle.add(UUID.randomUUID(), "k", null, "{\n}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(bundle.size()).isZero();
    }

    @Test
    void aBundleHoldsAtMostItsLimit() {
        OutboxBundle bundle = new OutboxBundle(Topic.ENTRY_REGISTERED);
        for (int i = 0; i < OutboxBundle.MAX_EVENTS; i++) {
            bundle.add(UUID.randomUUID(), "k", null, "{}");
        }
        assertThat(bundle.isFull()).isTrue();
        assertThatThrownBy(() -> bundle.add(UUID.randomUUID(), "k", null, "{}")).isInstanceOf(IllegalStateException.class);
        assertThat(OutboxBundle.read(bundle.payload())).hasSize(OutboxBundle.MAX_EVENTS);
    }

    @Test
    void aDamagedBundleIsReportedNotHalfRead() {
        assertThatThrownBy(() -> OutboxBundle.read(UUID.randomUUID() + "\tno-more-tabs"))
                .isInstanceOf(IllegalStateException.class);
    }
}
