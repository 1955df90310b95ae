import type { components } from '../../../lib/api/schema';

/*
 * The status report schemas, in the one place that names them: nested parts are reached through their parents,
 * so only these top-level names must match the contract.
 */
type Schemas = components['schemas'];

export type StatusReport = Schemas['StatusReport'];
export type StatusReportSummary = Schemas['StatusReportSummary'];
export type StatusReportList = Schemas['StatusReportList'];
export type StatusCounts = Schemas['StatusCounts'];
export type StatusReportPublish = Schemas['StatusReportPublish'];
export type StatusReportCorrection = Schemas['StatusReportCorrection'];

export type StatusReportGoal = StatusReport['goals'][number];
export type StatusReportMeasure = StatusReportGoal['measures'][number];
export type StatusReportChanges = StatusReport['changesSincePrevious'];
