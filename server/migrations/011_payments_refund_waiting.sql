-- A payment that came back paid after its article was released (deadline) or removed: recorded as paid
-- (the money was taken), the places not given back; the service refunds it. A replayed return answers
-- the same refusal (article.not-payable).
alter table payments add column refund_due boolean not null default false;

-- Waiting lists keep only requests not cancelled: the places of those cancelled before go, and the days'
-- waiting counts with them.
update camp_places p
   set waiting = greatest(p.waiting - g.n, 0)
  from (select w.camp_id, w.group_id, day::date as day, count(*)::int as n
          from camp_waiting w
          join requests r on r.id = w.request_id
         cross join jsonb_array_elements_text(w.days) as day
         where r.status = 'cancelled'
         group by w.camp_id, w.group_id, day) g
 where p.camp_id = g.camp_id and p.group_id = g.group_id and p.day = g.day;

delete from camp_waiting w using requests r where r.id = w.request_id and r.status = 'cancelled';
