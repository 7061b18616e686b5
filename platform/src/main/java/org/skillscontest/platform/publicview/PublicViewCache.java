package org.skillscontest.platform.publicview;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Public views (a results page, published statistics) by scope, each kept with the revision it was
 * computed at ({@link Revisions}): a read at the same revision gets the kept view, a read at a newer
 * one computes it again. The revision comes from the database, bumped in the transaction of every
 * change the view shows, so the views kept by several instances are never stale for longer than
 * their reader's revision lookup.
 *
 * <p>Concurrent reads of one scope at one revision compute it once; the others wait for that
 * result. A computation that fails (a 404, say) is not kept. At most {@code capacity} scopes are
 * kept, the least recently read leaving first.
 */
public final class PublicViewCache<V> {

    private record Slot<V>(long revision, CompletableFuture<V> view) {
    }

    private final int capacity;
    private final Map<String, Slot<V>> slots;
    private final AtomicLong computed = new AtomicLong();

    public PublicViewCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.slots = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The view of {@code scope} at {@code revision}: the kept one, or {@code compute}'s, kept from now on. */
    public V get(String scope, long revision, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> kept;
        synchronized (slots) {
            Slot<V> slot = slots.get(scope);
            if (slot != null && slot.revision() == revision) {
                kept = slot.view();
            } else if (slot != null && slot.revision() > revision) {
                kept = null; // a reader of a newer revision came first: this older one is not kept
            } else {
                slots.put(scope, new Slot<>(revision, mine));
                trim();
                kept = mine;
            }
        }
        if (kept == null) {
            return count(compute);
        }
        if (kept != mine) {
            return await(kept);
        }
        try {
            mine.complete(count(compute));
        } catch (RuntimeException | Error e) {
            synchronized (slots) {
                slots.remove(scope, new Slot<>(revision, mine));
            }
            mine.completeExceptionally(e);
        }
        return await(mine);
    }

    /** How many times a view was computed (not found kept): what a test or a metric watches. */
    public long computed() {
        return computed.get();
    }

    /** How many scopes are kept. */
    public int size() {
        synchronized (slots) {
            return slots.size();
        }
    }

    private V count(Supplier<V> compute) {
        computed.incrementAndGet();
        return compute.get();
    }

    private void trim() {
        var oldest = slots.keySet().iterator();
        while (slots.size() > capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** The computed view, or what its computation threw, as thrown. */
    private static <V> V await(CompletableFuture<V> view) {
        try {
            return view.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
