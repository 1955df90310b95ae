import type {
  Assessment,
  ImplementationStatus,
  MeasureStatus,
  PartyKind,
  ReportState,
  ResponsibilityRole,
  Role,
} from './api/types';

/* Records keyed by the contract's enums: a value added on the server fails the type check here. */

export const measureStatusLabels: Record<MeasureStatus, string> = {
  NOT_REPORTED: 'Ikke rapportert',
  NOT_STARTED: 'Ikke startet',
  IN_PROGRESS: 'Pågår',
  COMPLETED: 'Fullført',
  POSTPONED: 'Utsatt',
  CANCELLED: 'Avbrutt',
};

export const measureStatuses = Object.keys(measureStatusLabels) as MeasureStatus[];

/** What a report can say: every status but «Ikke rapportert», which only a measure without reports has. */
export const implementationStatuses = measureStatuses.filter(
  (status): status is ImplementationStatus => status !== 'NOT_REPORTED',
);

export const assessmentLabels: Record<Assessment, string> = {
  ON_TRACK: 'I rute',
  AT_RISK: 'Risiko for avvik',
  OFF_TRACK: 'Ikke i rute',
};

export const assessments = Object.keys(assessmentLabels) as Assessment[];

/** A measure without an assessment: not reported yet, or reported without one. */
export const noAssessmentLabel = 'Ikke vurdert';

export const roleLabels: Record<ResponsibilityRole, string> = {
  LEAD: 'Ansvarlig',
  PARTNER: 'Samarbeidspartner',
};

export const responsibilityRoles = Object.keys(roleLabels) as ResponsibilityRole[];

export const partyKindLabels: Record<PartyKind, string> = {
  INTERNAL_BODY: 'Internt organ',
  MEMBER_MUNICIPALITY: 'Medlemskommune',
  EXTERNAL_ORGANISATION: 'Ekstern organisasjon',
};

export const accountRoleLabels: Record<Role, string> = {
  ADMIN: 'Administrator',
  EDITOR: 'Redaktør',
  REPORTER: 'Rapportør',
};

export const accountRoles = Object.keys(accountRoleLabels) as Role[];

/** Where a report is in review, as the server's ReportState labels say it. */
export const reportStateLabels: Record<ReportState, string> = {
  DRAFT: 'Utkast',
  SUBMITTED: 'Venter på godkjenning',
  RETURNED: 'Sendt tilbake',
  APPROVED: 'Godkjent',
};
