-- The W3C trace context an entrant's registration came with (the federation's intake): the entrant's
-- promotion continues that trace, so one trace runs from the intake to the next level's registration.
alter table contestant add column traceparent varchar(55);
alter table contestant add column tracestate varchar(512);
