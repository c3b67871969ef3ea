-- "Mes inscriptions" and unsubscribing (issue 5). What each week of a camp enrolment became when the parent
-- validated it (CampWeekOutcome[]: accepted or full), kept because a week's bookings go when its places are
-- given back (cart removed or expired, week unsubscribed); and when a family waiting for a week was offered a
-- freed place, so that the next freed place goes to the next family.

alter table requests add column weeks jsonb;
alter table camp_waiting add column offered_at timestamptz;

-- Enrolments validated before: each week of the camp with a chosen open day, full when its history names it
-- (fullWeekMessage: "<camp>, semaine S28 : plus de place le …"; which of its days were full is not kept).
update requests r
   set weeks = (
     select coalesce(
              jsonb_agg(
                jsonb_build_object(
                  'weekId', chosen.week ->> 'id',
                  'label', 'S' || (chosen.week ->> 'isoWeek'),
                  'status', case when chosen.full then 'full' else 'accepted' end,
                  'days', chosen.days,
                  'fullDays', case when chosen.full then chosen.days else '[]'::jsonb end)
                order by chosen.days ->> 0),
              '[]'::jsonb)
       from (
         select w.week,
                jsonb_agg(d.day ->> 'date' order by d.day ->> 'date') as days,
                exists (
                  select 1 from request_history h
                   where h.request_id = r.id and h.status = 'camp-week-full'
                     and h.message like '%, semaine S' || (w.week ->> 'isoWeek') || ' :%') as full
           from camps c
          cross join lateral jsonb_array_elements(c.data -> 'weeks') as w(week)
          cross join lateral jsonb_array_elements(w.week -> 'days') as d(day)
          where c.id = r.payload ->> 'campId'
            and (d.day ->> 'open')::boolean
            and r.payload -> 'days' @> jsonb_build_array(jsonb_build_object('date', d.day ->> 'date'))
          group by w.week
       ) chosen
   )
 where r.kind = 'camp-enrolment';
