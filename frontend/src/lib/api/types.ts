import type { paths } from './schema';

/*
 * Domain types are derived from the operations' response bodies rather than from schema names, so they
 * follow the contract whatever the server calls its records.
 */
type JsonBody<Path extends keyof paths, Status extends number = 200> = paths[Path] extends {
  get: { responses: { [S in Status]: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

type Item<List> = List extends { items?: (infer Element)[] } ? Element : never;

export type StrategicPlanSummary = Item<JsonBody<'/api/v1/strategic-plans'>>;
export type StrategicPlan = JsonBody<'/api/v1/strategic-plans/{id}'>;
export type ActionPlanSummary = StrategicPlan['actionPlans'][number];
export type Section = StrategicPlan['sections'][number];
export type GoalSummary = Section['goals'][number];
export type Goal = JsonBody<'/api/v1/goals/{id}'>;
export type MeasureSummary = Item<JsonBody<'/api/v1/measures'>>;
export type Measure = JsonBody<'/api/v1/measures/{id}'>;
export type Responsibility = MeasureSummary['responsibilities'][number];
export type PartyRef = Responsibility['party'];
export type CurrentStatus = MeasureSummary['currentStatus'];
export type Report = Item<JsonBody<'/api/v1/measures/{id}/reports'>>;
export type PartySummary = Item<JsonBody<'/api/v1/parties'>>;
export type Party = JsonBody<'/api/v1/parties/{id}'>;
export type PartyMeasure = Party['measures'][number];

export type MeasureStatus = CurrentStatus['status'];
export type ImplementationStatus = Report['status'];
export type Assessment = Report['assessment'];
export type ResponsibilityRole = Responsibility['role'];
export type PartyKind = PartyRef['kind'];

export type MeasureListQuery = NonNullable<
  NonNullable<paths['/api/v1/measures']['get']['parameters']['query']>
>;
