-- a correction after the next level started changes no promotion: the standing records what it would have changed
alter table standing add column advancement_note text;
