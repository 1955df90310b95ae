import type { StatusCounts, StatusReport, StatusReportSummary } from '../api/types';

/* A published report of the council's plan, typed against the contract. */

export function countsOf(byStatus: Partial<Record<string, number>>, byAssessment: Partial<Record<string, number>>): StatusCounts {
  const statuses = [
    ['NOT_REPORTED', 'Ikke rapportert'],
    ['NOT_STARTED', 'Ikke startet'],
    ['IN_PROGRESS', 'Pågår'],
    ['COMPLETED', 'Fullført'],
    ['POSTPONED', 'Utsatt'],
    ['CANCELLED', 'Avbrutt'],
  ] as const;
  const assessments = [
    ['ON_TRACK', 'I rute'],
    ['AT_RISK', 'Risiko for avvik'],
    ['OFF_TRACK', 'Ikke i rute'],
    [null, 'Ikke vurdert'],
  ] as const;
  const byStatusList = statuses.map(([status, label]) => ({ status, label, count: byStatus[status] ?? 0 }));
  return {
    total: byStatusList.reduce((sum, { count }) => sum + count, 0),
    byStatus: byStatusList,
    byAssessment: assessments.map(([assessment, label]) => ({
      assessment,
      label,
      count: byAssessment[assessment ?? 'NONE'] ?? 0,
    })),
  };
}

const planCounts = countsOf({ NOT_REPORTED: 1, IN_PROGRESS: 1, COMPLETED: 1 }, { ON_TRACK: 1, AT_RISK: 1, NONE: 1 });

export const statusReport: StatusReport = {
  id: 7,
  actionPlanId: 1,
  periodId: 31,
  periodLabel: '2. tertial 2022',
  title: 'Statusrapport pr. 2. tertial 2022',
  version: 1,
  publishedAt: '2022-10-03T09:15:00Z',
  supersededById: null,
  correction: null,
  counts: planCounts,
  council: 'Regionrådet for Fjellregionen',
  strategicPlanTitle: 'Strategisk plan for Regionrådet for Fjellregionen',
  actionPlanTitle: 'Handlingsplan Regionrådet for Fjellregionen 2021-2022',
  actionPlanCode: '2021-22',
  adoptedBy: 'Regionrådet for Fjellregionen',
  adoptedOn: '2021-05-26',
  periodStartsOn: '2022-05-01',
  periodEndsOn: '2022-08-31',
  goals: [
    {
      goalId: 1,
      number: 1,
      text: 'Fjellregionen skal være en attraktiv region å bo og jobbe i.',
      counts: countsOf({ IN_PROGRESS: 1, COMPLETED: 1 }, { ON_TRACK: 1, AT_RISK: 1 }),
      measures: [
        {
          measureId: 11,
          reference: '2021-22/1.1',
          text: 'videreutvikle samarbeidet i regionen',
          responsibilityText: 'Arbeidsutvalget',
          leads: ['Arbeidsutvalget'],
          partners: [],
          status: 'IN_PROGRESS',
          statusLabel: 'Pågår',
          assessment: 'AT_RISK',
          assessmentLabel: 'Risiko for avvik',
          percentComplete: 40,
          reportPeriodLabel: '2. tertial 2022',
          reportDate: '2022-08-31',
          comment: 'Tolv skoler er med.',
          links: [{ url: 'https://www.example.no/sak/2022-17', title: 'Sak 17' }],
        },
        {
          measureId: 12,
          reference: '2021-22/1.2',
          text: 'etablere et felles kompetansenettverk',
          responsibilityText: '',
          leads: ['Administrasjonen'],
          partners: ['Ungt Entreprenørskap Innlandet'],
          status: 'COMPLETED',
          statusLabel: 'Fullført',
          assessment: 'ON_TRACK',
          assessmentLabel: 'I rute',
          percentComplete: 100,
          reportPeriodLabel: '2. tertial 2022',
          reportDate: '2022-08-30',
          comment: null,
          links: [],
        },
      ],
    },
    {
      goalId: 5,
      number: 5,
      text: 'Ungdom skal ha gode muligheter i regionen.',
      counts: countsOf({ NOT_REPORTED: 1 }, { NONE: 1 }),
      measures: [
        {
          measureId: 14,
          reference: '2021-22/5.1',
          text: 'ungdomsbedrifter i alle skoler',
          responsibilityText: 'Ungt Entreprenørskap Innlandet',
          leads: ['Ungt Entreprenørskap Innlandet'],
          partners: [],
          status: 'NOT_REPORTED',
          statusLabel: 'Ikke rapportert',
          assessment: null,
          assessmentLabel: null,
          percentComplete: null,
          reportPeriodLabel: null,
          reportDate: null,
          comment: null,
          links: [],
        },
      ],
    },
  ],
  appendix: [{ reference: '2021-22/1.1', url: 'https://www.example.no/sak/2022-17', title: 'Sak 17' }],
  changesSincePrevious: {
    previousId: 4,
    previousTitle: 'Statusrapport pr. 1. tertial 2022',
    lines: [{ reference: '2021-22/1.2', what: 'Status: Pågår → Fullført' }],
  },
};

export const correctedReport: StatusReport = {
  ...statusReport,
  id: 9,
  version: 2,
  publishedAt: '2022-10-05T12:00:00Z',
  correction: { reason: 'Rapporten for 1.2 var godkjent for sent.', previousId: 7 },
  changesSincePrevious: { previousId: 7, previousTitle: statusReport.title, lines: [] },
};

export function summaryOf(report: StatusReport): StatusReportSummary {
  const { id, actionPlanId, periodId, periodLabel, title, version, publishedAt, supersededById, correction, counts } =
    report;
  return { id, actionPlanId, periodId, periodLabel, title, version, publishedAt, supersededById, correction, counts };
}
