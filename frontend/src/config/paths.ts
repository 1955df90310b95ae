export const newMeasureGoalParam = 'mal';

export const routePaths = {
  home: () => '/',
  dashboard: () => '/dashbord',
  goal: (goalId: number) => `/mal/${goalId}`,
  editGoal: (goalId: number) => `/mal/${goalId}/rediger`,
  newGoal: () => '/mal/nytt',
  measure: (measureId: number) => `/tiltak/${measureId}`,
  editMeasure: (measureId: number) => `/tiltak/${measureId}/rediger`,
  newMeasure: (goalId: number) => `/tiltak/nytt?${newMeasureGoalParam}=${goalId}`,
  newReport: (measureId: number) => `/tiltak/${measureId}/ny-rapport`,
  correctReport: (measureId: number, reportId: number) => `/tiltak/${measureId}/rapporter/${reportId}/korriger`,
  review: () => '/til-godkjenning',
  myReports: () => '/mine-rapporter',
  parties: () => '/ansvarlige',
  embed: () => '/bygg-inn',
  party: (partyId: number) => `/ansvarlige/${partyId}`,
  editParty: (partyId: number) => `/ansvarlige/${partyId}/rediger`,
  newParty: () => '/ansvarlige/ny',
  editStrategicPlan: (planId: number) => `/strategisk-plan/${planId}/rediger`,
  editActionPlan: (actionPlanId: number) => `/handlingsplaner/${actionPlanId}/rediger`,
  newActionPlan: () => '/handlingsplaner/ny',
  /** `next` is where to return after signing in: a path within the app. */
  login: (next?: string) => (next && next !== '/' ? `/logg-inn?neste=${encodeURIComponent(next)}` : '/logg-inn'),
  accounts: () => '/admin/brukere',
  newAccount: () => '/admin/brukere/ny',
  account: (accountId: number) => `/admin/brukere/${accountId}`,
  tokens: () => '/admin/tokens',
  webhooks: () => '/admin/webhooks',
  webhook: (webhookId: number) => `/admin/webhooks/${webhookId}`,
  auditEvents: () => '/admin/endringer',
  rounds: () => '/rapporteringsrunder',
  round: (roundId: number) => `/rapporteringsrunder/${roundId}`,
  myMeasures: () => '/mine-tiltak',
  importer: () => '/importer',
  statusReport: (statusReportId: number) => `/statusrapporter/${statusReportId}`,
} as const;

export const loginNextParam = 'neste';

export const appName = 'Planstatus';
