import type { Obligation, RoundPeriod, RoundProgress, RoundProposal, RoundSummary } from '../../../lib/api/types';

const au = { id: 1, slug: 'arbeidsutvalget', name: 'Arbeidsutvalget', kind: 'INTERNAL_BODY' } as const;
const adm = { id: 2, slug: 'administrasjonen', name: 'Administrasjonen', kind: 'INTERNAL_BODY' } as const;
const ue = {
  id: 4,
  slug: 'ungt-entreprenorskap-innlandet',
  name: 'Ungt Entreprenørskap Innlandet',
  kind: 'EXTERNAL_ORGANISATION',
} as const;

export const secondTertial: RoundPeriod = {
  id: 31,
  label: '2. tertial 2022',
  kind: 'TERTIAL',
  startsOn: '2022-05-01',
  endsOn: '2022-08-31',
  dueOn: '2022-10-01',
  locked: false,
  actionPlanId: 1,
  actionPlanCode: '2021-22',
};

export const firstTertial: RoundPeriod = { ...secondTertial, id: 30, label: '1. tertial 2022', startsOn: '2022-01-01', endsOn: '2022-04-30', dueOn: '2022-06-01' };

export const roundSummaries: RoundSummary[] = [
  {
    id: 5,
    version: 0,
    period: secondTertial,
    deadline: '2022-10-01',
    open: true,
    openedAt: '2022-09-01T08:00:00Z',
    closedAt: null,
    counts: {
      total: 22,
      reported: 14,
      awaitingApproval: 5,
      missing: 8,
      summary: '14 av 22 tiltak rapportert, 5 venter på godkjenning, 8 mangler',
    },
  },
];

export const proposalPeriods: RoundProposal = {
  periods: [
    { period: firstTertial, hasOpenRound: false },
    { period: secondTertial, hasOpenRound: true },
  ],
  period: null,
  measures: [],
};

export const firstTertialProposal: RoundProposal = {
  ...proposalPeriods,
  period: firstTertial,
  measures: [
    {
      measureId: 11,
      reference: '2021-22/1.1',
      text: 'videreutvikle samarbeidet i regionen',
      goalNumber: 1,
      currentStatus: 'IN_PROGRESS',
      selectedByDefault: true,
      defaultParties: [au],
      responsibleParties: [au],
    },
    {
      measureId: 12,
      reference: '2021-22/1.2',
      text: 'ferdig tiltak',
      goalNumber: 1,
      currentStatus: 'COMPLETED',
      selectedByDefault: false,
      defaultParties: [adm],
      responsibleParties: [adm],
    },
    {
      measureId: 14,
      reference: '2021-22/5.1',
      text: 'gjennomføre prosjektet «Fjellungdom i klimaskiftet»',
      goalNumber: 5,
      currentStatus: null,
      selectedByDefault: true,
      defaultParties: [adm],
      responsibleParties: [adm, ue],
    },
  ],
};

export const progress: RoundProgress = {
  roundId: 5,
  version: 2,
  period: secondTertial,
  deadline: '2022-10-01',
  open: true,
  mailConfigured: false,
  totals: { total: 2, reported: 1, awaitingApproval: 1, missing: 1, summary: '1 av 2 tiltak rapportert, 1 venter på godkjenning, 1 mangler' },
  byParty: [
    {
      party: adm,
      counts: { total: 2, reported: 1, awaitingApproval: 1, missing: 1, summary: '1 av 2 tiltak rapportert, 1 venter på godkjenning, 1 mangler' },
      lastRemindedAt: '2022-09-24T08:00:00Z',
    },
    {
      party: ue,
      counts: { total: 1, reported: 0, awaitingApproval: 0, missing: 1, summary: '0 av 1 tiltak rapportert, 0 venter på godkjenning, 1 mangler' },
      lastRemindedAt: null,
    },
  ],
  byGoal: [
    {
      goalId: 1,
      number: 1,
      text: 'Fjellregionen skal være en attraktiv region',
      counts: { total: 1, reported: 1, awaitingApproval: 1, missing: 0, summary: '1 av 1 tiltak rapportert, 1 venter på godkjenning, 0 mangler' },
    },
  ],
  measures: [
    {
      measureId: 11,
      reference: '2021-22/1.1',
      text: 'videreutvikle samarbeidet i regionen',
      goalId: 1,
      goalNumber: 1,
      currentStatus: 'IN_PROGRESS',
      completeness: 'AWAITING_APPROVAL',
      completenessLabel: 'Venter på godkjenning',
      parties: [adm],
      latestReport: {
        id: 70,
        state: 'SUBMITTED',
        stateLabel: 'Venter på godkjenning',
        reportDate: '2022-08-31',
        author: 'Kari Nordmann',
        submittedAt: '2022-09-20T10:00:00Z',
      },
    },
    {
      measureId: 14,
      reference: '2021-22/5.1',
      text: 'gjennomføre prosjektet «Fjellungdom i klimaskiftet»',
      goalId: 5,
      goalNumber: 5,
      currentStatus: null,
      completeness: 'MISSING',
      completenessLabel: 'Mangler',
      parties: [adm, ue],
      latestReport: null,
    },
  ],
  reminders: [
    {
      sentAt: '2022-09-24T08:00:00Z',
      kind: 'BEFORE_DEADLINE',
      recipientName: 'Kari Nordmann',
      recipientEmail: 'kari@tynset.kommune.no',
      partyId: 2,
      accountId: 9,
      measureCount: 1,
      outcome: 'NOT_CONFIGURED',
      error: null,
    },
  ],
};

export const obligations: Obligation[] = [
  {
    roundId: 5,
    deadline: '2022-10-01',
    message: 'Husk lenker til sakene.',
    period: secondTertial,
    measureId: 14,
    reference: '2021-22/5.1',
    text: 'gjennomføre prosjektet «Fjellungdom i klimaskiftet»',
    goalNumber: 5,
    status: 'RETURNED',
    statusLabel: 'Sendt tilbake',
    periodReportId: 71,
    reviewComment: 'Skriv mer om framdriften.',
    lastReport: {
      id: 71,
      state: 'RETURNED',
      reportDate: '2022-08-31',
      status: 'IN_PROGRESS',
      assessment: 'AT_RISK',
      percentComplete: 40,
      text: 'Prosjektet er i gang.',
      links: [{ url: 'https://www.example.no/sak/2022-17', title: 'Sak 17' }],
      mine: true,
    },
  },
  {
    roundId: 5,
    deadline: '2022-10-01',
    message: null,
    period: secondTertial,
    measureId: 11,
    reference: '2021-22/1.1',
    text: 'videreutvikle samarbeidet i regionen',
    goalNumber: 1,
    status: 'MISSING',
    statusLabel: 'Mangler',
    periodReportId: null,
    reviewComment: null,
    lastReport: null,
  },
];
