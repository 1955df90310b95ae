-- Benchmark data set, loaded after the app has created the schema (and the default plan) on an empty database.
-- 50 councils, each with one strategic plan (2 sections, 8 goals, 10 parties) and 4 action plans of 100 measures:
-- 200 action plans, 20,000 measures, about 30,000 responsibilities (a lead on every measure, a partner on every
-- other), 10 progress reports per measure (200,000). Ids start at 1,000,000 so they never meet the default plan's.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO council (id, name, vision)
SELECT 1000000 + c, 'Benchmark-regionråd ' || c, 'Visjon for region ' || c
FROM generate_series(1, 50) c;

INSERT INTO strategic_plan (id, council_id, code, title, period_start, period_end, adopted_by, adopted_on,
                            closing_statement, version)
SELECT 1000000 + c, 1000000 + c, 'bench-sp-' || c, 'Strategisk plan ' || c, 2020, 2030, 'Regionrådet', '2020-06',
       NULL, 0
FROM generate_series(1, 50) c;

INSERT INTO plan_section (id, strategic_plan_id, position, title, version)
SELECT 1000000 + c * 10 + s, 1000000 + c, s, 'Satsingsområde ' || s, 0
FROM generate_series(1, 50) c, generate_series(1, 2) s;

INSERT INTO goal (id, strategic_plan_id, section_id, number, text, interest_policy_heading, version)
SELECT 1000000 + c * 10 + g, 1000000 + c, 1000000 + c * 10 + CASE WHEN g <= 3 THEN 1 ELSE 2 END, g,
       'Mål ' || g || ' for region ' || c || ': styrke samarbeidet om næring, kompetanse og infrastruktur i fjellregionen.',
       NULL, 0
FROM generate_series(1, 50) c, generate_series(1, 8) g;

INSERT INTO action_plan (id, strategic_plan_id, code, title, period_start, period_end, adopted_by, adopted_on,
                         introduction, measures_introduction, version)
SELECT 1000000 + c * 10 + a, 1000000 + c, 'bench-ap-' || c || '-' || a, 'Handlingsplan ' || (2020 + a * 2),
       2020 + a * 2, 2021 + a * 2, 'Regionrådet', (2020 + a * 2) || '-01-15', 'Innledning', 'Tiltak', 0
FROM generate_series(1, 50) c, generate_series(1, 4) a;

INSERT INTO party (id, slug, name, kind, version)
SELECT 1000000 + c * 10 + p, 'bench-' || c || '-' || p, 'Aktør ' || p || ' i region ' || c,
       CASE WHEN p <= 3 THEN 'INTERNAL_BODY' WHEN p <= 8 THEN 'MEMBER_MUNICIPALITY' ELSE 'EXTERNAL_ORGANISATION' END, 0
FROM generate_series(1, 50) c, generate_series(0, 9) p;

-- Measure n (0..99) of action plan a in council c: goal n % 8 + 1, position n / 8 + 1 within the goal.
INSERT INTO measure (id, action_plan_id, goal_id, reference, position, text, responsibility_text, version, updated_at)
SELECT 1000000 + (c * 10 + a) * 100 + n, 1000000 + c * 10 + a, 1000000 + c * 10 + (n % 8) + 1,
       'bench-' || c || '-' || a || '/' || ((n % 8) + 1) || '.' || (n / 8 + 1), n / 8 + 1,
       'Tiltak ' || n || ': utvikle felles tjenester og søke midler til prosjekter som gir verdiskaping i regionen.',
       'Ansvar: Aktør ' || (n % 10) || ', med Aktør ' || ((n + 3) % 10), 0,
       TIMESTAMP '2026-01-01 00:00:00' + (n * 7 + c) * INTERVAL '1 hour'
FROM generate_series(1, 50) c, generate_series(1, 4) a, generate_series(0, 99) n;

INSERT INTO responsibility (id, measure_id, party_id, role, position, wording, version)
SELECT 1000000 + m.id * 2, m.id, 1000000 + (m.id / 1000 - 1000) * 10 + (m.id % 100) % 10, 'LEAD', 1,
       'Aktør ' || ((m.id % 100) % 10), 0
FROM measure m WHERE m.id >= 1000000;

INSERT INTO responsibility (id, measure_id, party_id, role, position, wording, version)
SELECT 1000000 + m.id * 2 + 1, m.id, 1000000 + (m.id / 1000 - 1000) * 10 + ((m.id % 100) + 3) % 10, 'PARTNER', 2,
       'Aktør ' || (((m.id % 100) + 3) % 10), 0
FROM measure m WHERE m.id >= 1000000 AND m.id % 2 = 0;

INSERT INTO progress_report (id, measure_id, period, report_date, status, assessment, percent_complete, text, author,
                             created_at, version, updated_at)
SELECT 1000000 + (m.id - 1000000) * 10 + r, m.id, 'Rapport ' || r, DATE '2024-01-01' + (r * 30 + (m.id % 20))::int,
       (ARRAY['NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED', 'POSTPONED'])[1 + (m.id + r) % 5],
       (ARRAY['ON_TRACK', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK'])[1 + (m.id + r) % 4], r * 10,
       'Arbeidet går etter planen. Det er holdt møter med kommunene og søknaden om midler er sendt. Neste steg er å '
           || 'avklare finansiering og ansvar for oppfølging i ' || (2024 + r / 12) || '.',
       'Rapportør ' || (m.id % 7), TIMESTAMP '2024-01-01 08:00:00' + r * INTERVAL '30 days', 0, NULL
FROM measure m, generate_series(0, 9) r WHERE m.id >= 1000000;

-- Hibernate allocates ids in blocks of 50 from these sequences: move them past the loaded rows.
SELECT setval('council_seq', 3000000), setval('strategic_plan_seq', 3000000), setval('plan_section_seq', 3000000),
       setval('goal_seq', 3000000), setval('action_plan_seq', 3000000), setval('party_seq', 3000000),
       setval('measure_seq', 3000000), setval('responsibility_seq', 5000000), setval('progress_report_seq', 2000000);
-- The measure columns the app derives from other rows (see migration V6 and MeasureDerivedColumns).
UPDATE measure SET
    plan_sort = -(SELECT ap.period_start FROM action_plan ap WHERE ap.id = measure.action_plan_id),
    goal_number = (SELECT g.number FROM goal g WHERE g.id = measure.goal_id),
    current_report_id = (SELECT r.id FROM progress_report r WHERE r.measure_id = measure.id
                         ORDER BY r.report_date DESC, r.id DESC FETCH FIRST 1 ROWS ONLY)
WHERE id >= 1000000;
UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
COMMIT;
ANALYZE;
