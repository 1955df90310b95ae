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
export type ReportingPeriod = Schemas['ReportingPeriod'];
export type ReportingPeriodUpdate = Schemas['ReportingPeriodUpdate'];
export type PartySummary = Schemas['PartySummary'];
export type Party = Schemas['Party'];
export type PartyMeasure = Schemas['PartyMeasure'];

export type MeasureStatus = Schemas['MeasureStatus'];
export type ImplementationStatus = Schemas['ImplementationStatus'];
export type Assessment = Schemas['Assessment'];
export type ResponsibilityRole = Schemas['ResponsibilityRole'];
export type PartyKind = Schemas['PartyKind'];

export type MeasureListQuery = NonNullable<paths['/api/v1/measures']['get']['parameters']['query']>;

export type SignedIn = Schemas['SignedIn'];
export type Role = Schemas['Role'];
export type LoginRequest = Schemas['LoginRequest'];
export type MeasureCreate = Schemas['MeasureCreate'];
export type MeasureUpdate = Schemas['MeasureUpdate'];
export type ReportInput = Schemas['ReportInput'];
export type ReportLink = Schemas['ReportLink'];
export type ReportLinkInput = Schemas['ReportLinkInput'];
export type AuditEvent = Schemas['AuditEvent'];
export type FieldChange = Schemas['FieldChange'];
export type Account = Schemas['Account'];
export type AccountCreate = Schemas['AccountCreate'];
export type AccountUpdate = Schemas['AccountUpdate'];
export type ApiToken = Schemas['ApiToken'];
export type TokenCreate = Schemas['TokenCreate'];
export type IssuedToken = Schemas['IssuedToken'];
export type Webhook = Schemas['Webhook'];
export type WebhookCreate = Schemas['WebhookCreate'];
export type WebhookDelivery = Schemas['WebhookDelivery'];

export type AuditEventQuery = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;
export type GoalCreate = Schemas['GoalCreate'];
export type GoalUpdate = Schemas['GoalUpdate'];
export type InterestPolicyInput = Schemas['InterestPolicyInput'];
export type PartyCreate = Schemas['PartyCreate'];
export type PartyUpdate = Schemas['PartyUpdate'];
export type ActionPlanCreate = Schemas['ActionPlanCreate'];
export type ActionPlanUpdate = Schemas['ActionPlanUpdate'];
export type StrategicPlanUpdate = Schemas['StrategicPlanUpdate'];
export type ResponsibilityCreate = Schemas['ResponsibilityCreate'];
export type ResponsibilityUpdate = Schemas['ResponsibilityUpdate'];
export type SectionRef = Schemas['SectionRef'];
