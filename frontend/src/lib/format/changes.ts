import type { AuditEvent, FieldChange } from '../api/types';
import {
  accountRoleLabels,
  assessmentLabels,
  measureStatusLabels,
  partyKindLabels,
  roleLabels,
} from '../labels';
import { formatNorwegianDate } from './date';
import { formatPercent } from './number';

/* How a recorded change reads in the web app: field names and values as people say them, text verbatim. */

/** Bookkeeping that changes with every write and says nothing a reader needs. */
const HIDDEN_FIELDS = new Set([
  'id',
  'version',
  'measureId',
  'createdAt',
  'updatedAt',
  'correctedBy',
  'passwordChangedAt',
]);

const fieldLabels: Record<string, string> = {
  text: 'Tekst',
  responsibilityText: 'Ansvar',
  goal: 'Mål',
  position: 'Plassering',
  reference: 'Referanse',
  actionPlan: 'Handlingsplan',
  responsibilities: 'Ansvarlige',
  currentStatus: 'Status nå',
  period: 'Periode',
  reportDate: 'Dato',
  status: 'Status',
  assessment: 'Vurdering',
  percentComplete: 'Prosent fullført',
  links: 'Lenker',
  author: 'Skrevet av',
  party: 'Ansvarlig',
  role: 'Rolle',
  wording: 'Ordlyd',
  name: 'Navn',
  slug: 'Nøkkel',
  kind: 'Type',
  number: 'Nummer',
  section: 'Del av planen',
  interestPolicy: 'Interessepolitiske saker',
  title: 'Tittel',
  code: 'Kode',
  periodStart: 'Fra år',
  periodEnd: 'Til år',
  adoptedBy: 'Vedtatt av',
  adoptedOn: 'Vedtatt',
  introduction: 'Innledning',
  measuresIntroduction: 'Innledning til tiltakene',
  closingStatement: 'Avslutning',
  username: 'Brukernavn',
  displayName: 'Navn',
  active: 'Aktiv',
  prefix: 'Begynner med',
  createdBy: 'Utstedt av',
  lastUsedAt: 'Sist brukt',
  revokedAt: 'Trukket tilbake',
  url: 'Adresse',
  description: 'Beskrivelse',
};

export function changeFieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}

export const entityTypeLabels: Record<string, string> = {
  measure: 'Tiltak',
  responsibility: 'Ansvar',
  goal: 'Mål',
  'action-plan': 'Handlingsplan',
  'strategic-plan': 'Strategisk plan',
  party: 'Ansvarlig',
  report: 'Statusrapport',
  account: 'Bruker',
  'api-token': 'API-token',
  webhook: 'Webhook',
  council: 'Regionråd',
  'plan-section': 'Del av planen',
};

/** «Tiltak endret», «Statusrapport korrigert», «API-token opprettet». */
export function describeChange(event: Pick<AuditEvent, 'action' | 'entityType'>): string {
  const what = entityTypeLabels[event.entityType] ?? event.entityType;
  if (event.action === 'CREATE') return `${what} opprettet`;
  if (event.action === 'DELETE') return `${what} slettet`;
  return event.entityType === 'report' ? `${what} korrigert` : `${what} endret`;
}

export const EMPTY_VALUE = '(tomt)';

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function labelOf(labels: Record<string, string>, value: Json): string | undefined {
  return typeof value === 'string' ? labels[value] : undefined;
}

function formatResponsibility(value: Json): string {
  if (!isRecord(value)) return formatChangeValue('', value);
  const party = isRecord(value.party) && typeof value.party.name === 'string' ? value.party.name : '';
  const role = labelOf(roleLabels, value.role);
  return role ? `${party} (${role.toLowerCase()})` : party;
}

function formatLink(value: Json): string {
  if (!isRecord(value)) return formatChangeValue('', value);
  return typeof value.title === 'string' && value.title ? `${value.title} (${String(value.url)})` : String(value.url);
}

/** A value of a field as the API shows it, written out for people; text stays exactly as written. */
export function formatChangeValue(field: string, value: Json): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE;
    if (field === 'responsibilities') return value.map(formatResponsibility).join(', ');
    if (field === 'links') return value.map(formatLink).join(', ');
    return value.map((item) => formatChangeValue('', item)).join(', ');
  }
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  if (typeof value === 'number') return field === 'percentComplete' ? formatPercent(value) : String(value);
  if (typeof value === 'string') {
    if (field === 'status') return labelOf(measureStatusLabels, value) ?? value;
    if (field === 'assessment') return labelOf(assessmentLabels, value) ?? value;
    if (field === 'kind') return labelOf(partyKindLabels, value) ?? value;
    if (field === 'role') return labelOf(accountRoleLabels, value) ?? labelOf(roleLabels, value) ?? value;
    if (field === 'reportDate' || field === 'adoptedOn') return formatNorwegianDate(value);
    return value;
  }
  if (isRecord(value)) {
    if (field === 'goal' && typeof value.number === 'number') return `Mål ${value.number}`;
    if (field === 'currentStatus') return formatChangeValue('status', value.status);
    if (typeof value.name === 'string') return value.name;
    if (typeof value.title === 'string') return value.title;
    if (field === 'interestPolicy' && Array.isArray(value.matters)) {
      return [value.heading, ...value.matters].filter((part) => typeof part === 'string').join(' ');
    }
  }
  return JSON.stringify(value);
}

export type ShownChange = { field: string; label: string; before: string; after: string };

/** The changes worth showing, in the server's order. */
export function shownChanges(changes: readonly FieldChange[]): ShownChange[] {
  return changes
    .filter(({ field }) => !HIDDEN_FIELDS.has(field))
    .map(({ field, before, after }) => ({
      field,
      label: changeFieldLabel(field),
      before: formatChangeValue(field, before),
      after: formatChangeValue(field, after),
    }));
}
