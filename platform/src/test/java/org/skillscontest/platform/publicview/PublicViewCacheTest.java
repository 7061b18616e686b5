package org.skillscontest.platform.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A view is computed once per scope and revision, again at a newer revision, never kept when it fails. */
class PublicViewCacheTest {

    private final PublicViewCache<String> cache = new PublicViewCache<>(3);
    private final AtomicInteger computations = new AtomicInteger();

    private String view(String scope, long revision) {
        return cache.get(scope, revision, () -> scope + "@" + revision + "#" + computations.incrementAndGet());
    }

    @Test
    void aSecondReadAtTheSameRevisionIsNotComputedAgain() {
        assertThat(view("competition/krmy", 4)).isEqualTo("competition/krmy@4#1");
        assertThat(view("competition/krmy", 4)).isEqualTo("competition/krmy@4#1");
        assertThat(cache.computed()).isEqualTo(1);
    }

    @Test
    void aNewerRevisionComputesTheViewAgainAndKeepsThatOne() {
        view("competition/krmy", 4);
        assertThat(view("competition/krmy", 5)).isEqualTo("competition/krmy@5#2");
        assertThat(view("competition/krmy", 5)).isEqualTo("competition/krmy@5#2");
        assertThat(cache.computed()).isEqualTo(2);
    }

    @Test
    void aReaderOfAnOlderRevisionGetsItsOwnViewAndTheNewerOneStays() {
        view("competition/krmy", 5);
        // a request that read the revision just before the bump arrives late
        assertThat(view("competition/krmy", 4)).isEqualTo("competition/krmy@4#2");
        assertThat(view("competition/krmy", 5)).isEqualTo("competition/krmy@5#1");
    }

    @Test
    void scopesAreKeptApart() {
        assertThat(view("competition/krmy", 1)).isEqualTo("competition/krmy@1#1");
        assertThat(view("series/krmy", 1)).isEqualTo("series/krmy@1#2");
        assertThat(view("competition/krmy", 1)).isEqualTo("competition/krmy@1#1");
    }

    @Test
    void aFailedComputationIsNotKept() {
        assertThatThrownBy(() -> cache.get("competition/none", 0, () -> {
            throw new IllegalStateException("not published");
        })).isInstanceOf(IllegalStateException.class).hasMessage("not published");
        assertThat(cache.size()).isZero();
        assertThat(view("competition/none", 0)).isEqualTo("competition/none@0#1");
    }

    @Test
    void theLeastRecentlyReadScopeLeavesFirstBeyondCapacity() {
        view("a", 1);
        view("b", 1);
        view("c", 1);
        view("a", 1); // read again: b is now the least recently read
        view("d", 1);
        assertThat(cache.size()).isEqualTo(3);
        long before = cache.computed();
        view("a", 1);
        view("c", 1);
        view("d", 1);
        assertThat(cache.computed()).isEqualTo(before);
        view("b", 1);
        assertThat(cache.computed()).isEqualTo(before + 1);
    }

    @Test
    void concurrentReadsOfOneRevisionComputeItOnce() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> cache.get("competition/krmy", 7, () -> {
                computing.countDown();
                await(release);
                return "figures";
            }));
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(pool.submit(() -> cache.get("competition/krmy", 7, () -> "computed again")));
            }
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("figures");
            for (Future<String> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("figures");
            }
            assertThat(cache.computed()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new PublicViewCache<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
