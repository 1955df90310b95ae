import type { components, paths } from './schema';

/* The contract's schemas under their server names; the rest of the app imports them from here. */
type Schemas = components['schemas'];

export type StrategicPlanSummary = Schemas['StrategicPlanSummary'];
export type StrategicPlan = Schemas['StrategicPlan'];
export type Council = Schemas['Council'];
export type ActionPlan = Schemas['ActionPlan'];
export type PlanSection = Schemas['PlanSection'];
export type GoalHeadline = Schemas['GoalHeadline'];
export type Goal = Schemas['Goal'];
export type Measure = Schemas['Measure'];
export type Responsibility = Schemas['Responsibility'];
export type PartyRef = Schemas['PartyRef'];
export type CurrentStatus = Schemas['CurrentStatus'];
export type Report = Schemas['Report'];
export type PartySummary = Schemas['PartySummary'];
export type Party = Schemas['Party'];
export type PartyMeasure = Schemas['PartyMeasure'];

export type MeasureStatus = Schemas['MeasureStatus'];
export type ImplementationStatus = Schemas['ImplementationStatus'];
export type Assessment = Schemas['Assessment'];
export type ResponsibilityRole = Schemas['ResponsibilityRole'];
export type PartyKind = Schemas['PartyKind'];

export type MeasureListQuery = NonNullable<paths['/api/v1/measures']['get']['parameters']['query']>;
