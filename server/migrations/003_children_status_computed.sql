-- A child's completeness and health-form status are computed from their identity and
-- health_confirmed_at (with the commune's validity): the stored copies could only go stale.
alter table children drop column identity_complete;
alter table children drop column health_form;
