import type {
  AuditEvent,
  Goal,
  Measure,
  Party,
  PartyRef,
  PartySummary,
  Report,
  ReportingPeriod,
  StrategicPlan,
} from '../lib/api/types';

/* A slice of the seed data (the council's own plan), typed against the contract. */

const council = { name: 'Regionrådet for Fjellregionen', vision: 'Rom for å skape - tid til å leve' };

export const parties = {
  arbeidsutvalget: { id: 1, slug: 'arbeidsutvalget', name: 'Arbeidsutvalget', kind: 'INTERNAL_BODY' },
  administrasjonen: { id: 2, slug: 'administrasjonen', name: 'Administrasjonen', kind: 'INTERNAL_BODY' },
  ungtEntreprenorskap: {
    id: 4,
    slug: 'ungt-entreprenorskap-innlandet',
    name: 'Ungt Entreprenørskap Innlandet',
    kind: 'EXTERNAL_ORGANISATION',
  },
} satisfies Record<string, PartyRef>;

const actionPlan = {
  id: 1,
  code: '2021-22',
  title: 'Handlingsplan Regionrådet for Fjellregionen 2021-2022',
  periodStart: 2021,
  periodEnd: 2022,
};

export const notReported: Measure['currentStatus'] = {
  status: 'NOT_REPORTED',
  assessment: null,
  percentComplete: null,
  period: null,
  reportDate: null,
  reportId: null,
};

export const strategicPlan: StrategicPlan = {
  id: 1,
  version: 0,
  code: '2020-24',
  title: 'Strategisk plan for Regionrådet for Fjellregionen',
  periodStart: 2020,
  periodEnd: 2024,
  adoptedBy: null,
  adoptedOn: '2020-06',
  council,
  closingStatement:
    'Kommunene har ansvar for å følge opp mål og strategier i sine egne planer og gjennom aktuelle samarbeidspartnere.',
  actionPlans: [
    {
      id: 1,
      version: 0,
      code: '2021-22',
      title: 'Handlingsplan Regionrådet for Fjellregionen 2021-2022',
      periodStart: 2021,
      periodEnd: 2022,
      adoptedBy: 'Regionrådet for Fjellregionen',
      adoptedOn: '2021-05-26',
      strategicPlanId: 1,
      measuresIntroduction: 'Regionrådet for Fjellregionen skal i løpet av 2021-2022 gjennomføre følgende tiltak:',
    },
  ],
  sections: [
    {
      id: 1,
      position: 1,
      title: 'I perioden 2020-2024 skal regionrådet samarbeide om følgende mål:',
      goals: [
        {
          id: 1,
          number: 1,
          text: 'Det skal utarbeides en felles strategi for gjennomføring av FNs bærekraftsmål i Fjellregionen.',
        },
      ],
    },
    {
      id: 2,
      position: 2,
      title: 'Arbeidsmåter og øvrig samarbeid:',
      goals: [
        {
          id: 5,
          number: 5,
          text: 'Ungdomsmedvirkning og ungt entreprenørskap skal kjennetegne regionen.',
        },
      ],
    },
  ],
};

function strategicPlanGoalText(number: number): string {
  const goal = strategicPlan.sections.flatMap((section) => section.goals).find((g) => g.number === number);
  if (!goal) throw new Error(`No goal ${number} in the fixture plan`);
  return goal.text;
}

export const councilMeasure: Measure = {
  id: 1,
  version: 0,
  reference: '2021-22/1.1',
  position: 1,
  text: 'bidra økonomisk til felles kunnskapsgrunnlag for kommunale klima- og energiplaner og etablering av samarbeid med FOU-miljøer',
  goal: { id: 1, number: 1, text: strategicPlanGoalText(1) },
  actionPlan,
  responsibilityText: 'Arbeidsutvalget',
  responsibilities: [{ id: 1, version: 0, party: parties.arbeidsutvalget, role: 'LEAD', wording: 'Arbeidsutvalget' }],
  currentStatus: notReported,
  staleness: { stale: true, periodId: 3, periodLabel: '2. tertial 2022', label: 'Ikke rapportert for 2. tertial 2022' },
};

export const youthMeasure: Measure = {
  id: 14,
  version: 3,
  reference: '2021-22/5.1',
  position: 1,
  text: 'gjennomføre prosjektet «Fjellungdom i klimaskiftet»',
  goal: { id: 5, number: 5, text: strategicPlanGoalText(5) },
  actionPlan,
  responsibilityText: 'Administrasjonen i samarbeid med Ungt Entreprenørskap Innlandet',
  responsibilities: [
    { id: 20, version: 0, party: parties.administrasjonen, role: 'LEAD', wording: 'Administrasjonen' },
    { id: 21, version: 0, party: parties.ungtEntreprenorskap, role: 'PARTNER', wording: 'Ungt Entreprenørskap Innlandet' },
  ],
  currentStatus: {
    status: 'IN_PROGRESS',
    assessment: 'AT_RISK',
    percentComplete: 40,
    period: '2. tertial 2022',
    reportDate: '2022-09-30',
    reportId: 7,
  },
  staleness: { stale: false, periodId: 3, periodLabel: '2. tertial 2022', label: null },
};

export const measures = [councilMeasure, youthMeasure];

export const reportsForYouthMeasure: Report[] = [
  {
    id: 7,
    version: 1,
    measureId: 14,
    period: '2. tertial 2022',
    periodId: 105,
    reportDate: '2022-09-30',
    status: 'IN_PROGRESS',
    assessment: 'AT_RISK',
    percentComplete: 40,
    text: 'Færre skoler enn ventet har meldt seg på.',
    links: [{ url: 'https://www.example.no/sak/2022-17', title: 'Sak 17/2022 i regionrådet' }],
    author: 'Administrasjonen',
    createdAt: '2022-10-03T09:15:00Z',
    updatedAt: '2022-10-04T07:30:00Z',
    correctedBy: 'Rita Redaktør',
    state: 'APPROVED',
    submittedAt: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
  },
  {
    id: 3,
    version: 0,
    measureId: 14,
    period: '1. tertial 2022',
    periodId: 104,
    reportDate: '2022-05-02',
    status: 'NOT_STARTED',
    assessment: 'ON_TRACK',
    percentComplete: null,
    text: 'Prosjektet er planlagt.',
    links: [],
    author: 'Administrasjonen',
    createdAt: '2022-05-03T08:00:00Z',
    updatedAt: null,
    correctedBy: null,
    state: 'APPROVED',
    submittedAt: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
  },
];

const goalFourText =
  'Regionrådet for Fjellregionen skal fremme felles interessepolitikk som bidrar til gode rammebetingelser for innbyggere og næringsliv i Fjellregionen.';

export const goalWithInterestPolicy: Goal = {
  id: 4,
  version: 0,
  number: 4,
  text: goalFourText,
  section: { id: 2, position: 2, title: 'Arbeidsmåter og øvrig samarbeid:' },
  strategicPlanId: 1,
  interestPolicy: {
    heading: 'Sentrale interessepolitiske saker er:',
    matters: [
      'Infrastruktur og kollektivtilbud',
      'Helsetjenester',
      'Utdanningstilbud',
      'Forutsigbare og gode rammebetingelser for næringslivet',
      'Andre aktuelle politiske spørsmål',
    ],
  },
  measures: [
    {
      ...councilMeasure,
      id: 9,
      reference: '2021-22/4.1',
      text: 'gi innspill i interessepolitiske saker',
      goal: { id: 4, number: 4, text: goalFourText },
    },
  ],
};

export const partySummaries: PartySummary[] = [
  { ...parties.arbeidsutvalget, version: 0, leadCount: 12, partnerCount: 0 },
  { ...parties.administrasjonen, version: 0, leadCount: 14, partnerCount: 0 },
  { ...parties.ungtEntreprenorskap, version: 0, leadCount: 0, partnerCount: 1 },
];

export const administrasjonen: Party = {
  ...parties.administrasjonen,
  version: 2,
  measures: [{ role: 'LEAD', wording: 'Administrasjonen', measure: youthMeasure }],
};

/** The youth measure's change log: a correction of report 7, then an edit of the measure, newest first. */
export const historyOfYouthMeasure: AuditEvent[] = [
  {
    id: 31,
    occurredAt: '2022-10-04T07:30:00Z',
    actorType: 'ACCOUNT',
    actorName: 'Kari Nordmann',
    action: 'UPDATE',
    entityType: 'report',
    entityId: 7,
    measureId: 14,
    changes: [
      { field: 'version', before: 0, after: 1 },
      { field: 'text', before: 'Færre skoler har meldt seg på.', after: 'Færre skoler enn ventet har meldt seg på.' },
      { field: 'percentComplete', before: 30, after: 40 },
    ],
    before: null,
    after: null,
  },
  {
    id: 30,
    occurredAt: '2022-10-03T09:15:00Z',
    actorType: 'TOKEN',
    actorName: 'Kommunens intranett',
    action: 'CREATE',
    entityType: 'report',
    entityId: 7,
    measureId: 14,
    changes: [
      { field: 'status', before: null, after: 'IN_PROGRESS' },
      { field: 'period', before: null, after: '2. tertial 2022' },
    ],
    before: null,
    after: null,
  },
];

/** The action plan's periods as the server generates them: two tertials and an annual report per year. */
export const periodsOfActionPlan: ReportingPeriod[] = [2021, 2022].flatMap((year, index) => [
  period(101 + index * 3, 'TERTIAL', `1. tertial ${year}`, `${year}-01-01`, `${year}-04-30`, `${year}-06-01`),
  period(102 + index * 3, 'TERTIAL', `2. tertial ${year}`, `${year}-05-01`, `${year}-08-31`, `${year}-10-01`),
  period(103 + index * 3, 'ANNUAL', `Årsrapport ${year}`, `${year}-01-01`, `${year}-12-31`, `${year + 1}-02-01`),
]);

function period(
  id: number,
  kind: ReportingPeriod['kind'],
  label: string,
  startsOn: string,
  endsOn: string,
  dueOn: string,
): ReportingPeriod {
  return { id, version: 0, actionPlanId: 1, kind, label, startsOn, endsOn, dueOn, locked: false };
}
