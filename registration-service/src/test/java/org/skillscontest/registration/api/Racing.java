package org.skillscontest.registration.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs requests truly at once: each on its own thread, all released together by one latch. */
final class Racing {

    private Racing() {
    }

    /** The answers of {@code n} calls of {@code request} (with their index), in index order. */
    static <T> List<T> race(int n, IntFunction<T> request) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException("a racing request failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
