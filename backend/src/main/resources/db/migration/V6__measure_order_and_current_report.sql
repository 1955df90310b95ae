-- Derived columns that let a page of measures and their status be read by index, whatever the number of plans,
-- measures and reports: the plan order (newest action plan first, then goal number) and the latest report.
-- Kept by measure.MeasureDerivedColumns after every audited change and after imports.
ALTER TABLE measure ADD COLUMN plan_sort INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE measure ADD COLUMN goal_number INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE measure ADD COLUMN current_report_id BIGINT;
ALTER TABLE measure ADD CONSTRAINT measure_current_report_fk
    FOREIGN KEY (current_report_id) REFERENCES progress_report (id) ON DELETE SET NULL;

UPDATE measure SET
    plan_sort = -(SELECT ap.period_start FROM action_plan ap WHERE ap.id = measure.action_plan_id),
    goal_number = (SELECT g.number FROM goal g WHERE g.id = measure.goal_id),
    current_report_id = (SELECT r.id FROM progress_report r WHERE r.measure_id = measure.id
                         ORDER BY r.report_date DESC, r.id DESC FETCH FIRST 1 ROWS ONLY);

CREATE INDEX measure_plan_order_idx ON measure (plan_sort, action_plan_id, goal_number, position, id);
CREATE INDEX measure_current_report_idx ON measure (current_report_id);
