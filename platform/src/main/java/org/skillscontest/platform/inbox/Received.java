package org.skillscontest.platform.inbox;

import org.skillscontest.platform.tracing.TraceContext;

/**
 * A record's value with the trace context it came with (null when it carried none): for a consumer
 * that keeps what it received and acts on it later in another trace (ranking keeps each entrant's
 * registration context, so the promotion continues the federation's intake trace).
 */
public record Received<T>(T value, TraceContext trace) {
}
