-- Words in the family's language: the service's sentences are stored as codes with parameters and
-- worded where they are read (history entries by the elements, e-mails when sent). Rows written before
-- keep their French message, which clients show as before.

-- The language the parent registered in (fr, nl, de, en); null: the commune's default.
alter table families add column language text;

-- A history entry's sentence: its code when it differs from the status, and its parameters.
alter table request_history add column message_code text;
alter table request_history add column params jsonb;

-- What each e-mail said, as a code with parameters, and the language it was worded in (subject and body).
alter table outbox add column code text;
alter table outbox add column params jsonb;
alter table outbox add column language text;
