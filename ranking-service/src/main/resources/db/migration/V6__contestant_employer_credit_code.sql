-- enterprises are counted by their unified social credit code (statistics)
alter table contestant add column employer_credit_code varchar(18);
