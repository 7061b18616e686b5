-- The W3C trace context (traceparent, tracestate) of the span that wrote an outbox row: the relay sends
-- it as Kafka headers, so the consumers' spans continue the writer's trace across the relay's own
-- producer. Empty where no span was current (a timer, tracing switched off with no incoming context).
alter table outbox add column traceparent varchar(55);
alter table outbox add column tracestate varchar(512);
