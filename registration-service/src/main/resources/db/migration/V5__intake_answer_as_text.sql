-- the stored answer is only ever handed back as it was first written: keep the text, not a parsed jsonb copy
alter table intake_request alter column answer type text using answer::text;
