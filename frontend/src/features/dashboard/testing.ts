import type { Dashboard, StatusCounts } from '../../lib/api/types';

/** Counts in the server's shape: statuses NOT_REPORTED … CANCELLED, assessments ON_TRACK … none. */
export function counts(statuses: number[], assessments: number[]): StatusCounts {
  const statusNames = ['NOT_REPORTED', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'POSTPONED', 'CANCELLED'] as const;
  const assessmentNames = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', null] as const;
  return {
    total: statuses.reduce((sum, n) => sum + n, 0),
    byStatus: statusNames.map((status, i) => ({ status, label: status, count: statuses[i] ?? 0 })),
    byAssessment: assessmentNames.map((assessment, i) => ({
      assessment,
      label: assessment ?? 'Ikke vurdert',
      count: assessments[i] ?? 0,
    })),
  };
}

/** The dashboard of action plan 1 for «2. tertial 2022», compared with «1. tertial 2022». */
export const secondTertialDashboard: Dashboard = {
  actionPlan: { id: 1, code: '2021-22', title: 'Handlingsplan 2021–2022' },
  period: { id: 105, label: '2. tertial 2022' },
  previousPeriod: { id: 104, label: '1. tertial 2022' },
  plan: counts([5, 2, 9, 3, 2, 1], [14, 6, 2, 0]),
  previous: counts([8, 2, 9, 0, 2, 1], [11, 6, 2, 3]),
  changes: ['3 færre ikke rapportert siden 1. tertial 2022', '3 flere fullført siden 1. tertial 2022'],
  goals: [
    { goalId: 7, number: 1, text: 'Attraktive lokalsamfunn', counts: counts([1, 1, 4, 2, 0, 0], [6, 1, 1, 0]) },
    { goalId: 8, number: 2, text: 'Samferdsel', counts: counts([4, 1, 5, 1, 2, 1], [8, 5, 1, 0]) },
  ],
  partyRole: 'LEAD',
  parties: [{ partyId: 3, name: 'Administrasjonen', counts: counts([2, 0, 6, 3, 1, 0], [9, 2, 1, 0]) }],
};
