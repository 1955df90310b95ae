import type { Violation } from '../../lib/api/problem';
import type { ImportCreated, ImportSummary, ImportUpdated } from '../../lib/api/types';
import { changeFieldLabel } from '../../lib/format/changes';

/* How an import's summary reads: «3 nye tiltak», then each of them by reference and text. */

type Noun = { one: string; many: string; neuter: boolean };

/** In the order a plan file holds them: the council first, reports last. */
const nouns: Record<string, Noun> = {
  council: { one: 'regionråd', many: 'regionråd', neuter: true },
  party: { one: 'ansvarlig', many: 'ansvarlige', neuter: false },
  'strategic-plan': { one: 'strategisk plan', many: 'strategiske planer', neuter: false },
  'plan-section': { one: 'del av planen', many: 'deler av planen', neuter: false },
  goal: { one: 'mål', many: 'mål', neuter: true },
  'action-plan': { one: 'handlingsplan', many: 'handlingsplaner', neuter: false },
  measure: { one: 'tiltak', many: 'tiltak', neuter: true },
  responsibility: { one: 'ansvar', many: 'ansvar', neuter: true },
  report: { one: 'statusrapport', many: 'statusrapporter', neuter: false },
};

const typeOrder = Object.keys(nouns);

function nounOf(type: string): Noun {
  return nouns[type] ?? { one: type, many: type, neuter: false };
}

function formatCount(count: number): string {
  return count.toLocaleString('nb-NO');
}

/** «1 nytt tiltak», «3 nye tiltak», «1 ny ansvarlig». */
export function createdPhrase(type: string, count: number): string {
  const noun = nounOf(type);
  if (count === 1) return `1 ${noun.neuter ? 'nytt' : 'ny'} ${noun.one}`;
  return `${formatCount(count)} nye ${noun.many}`;
}

/** «1 endret tiltak», «2 endrede mål». */
export function updatedPhrase(type: string, count: number): string {
  const noun = nounOf(type);
  if (count === 1) return `1 endret ${noun.one}`;
  return `${formatCount(count)} endrede ${noun.many}`;
}

export function unchangedPhrase(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'del' : 'deler'} av planen uendret`;
}

/** Long measure and goal texts are cut in the list; the whole text is in the file and on the measure's page. */
const MAX_NAME_LENGTH = 140;

function shortened(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_NAME_LENGTH ? `${oneLine.slice(0, MAX_NAME_LENGTH - 1).trimEnd()}…` : oneLine;
}

/**
 * One line per resource: the measure's reference and text, a responsibility's measure and party, a report's
 * measure and period. Keys are the file's own (`2021-22/5.1`, `2021-22/5.1:slug`, `2021-22/5.1@date/created`).
 */
export function describeEntry({ type, key, name }: ImportCreated | ImportUpdated): string {
  if (type === 'responsibility') {
    const reference = key.slice(0, key.lastIndexOf(':'));
    return `${reference}: ${name ?? key.slice(key.lastIndexOf(':') + 1)}`;
  }
  if (type === 'report') {
    const [reference, rest = ''] = key.split('@');
    return `${reference}: rapport ${name ?? rest.split('/')[0]}`;
  }
  if (type === 'party' || type === 'council' || type === 'plan-section') return name ? shortened(name) : key;
  return name ? `${key} ${shortened(name)}` : key;
}

/** «tekst og ansvar»: what differs, as the history names the fields. */
export function changedFields(fields: readonly string[]): string {
  const labels = fields.map((field) => changeFieldLabel(field).toLocaleLowerCase('nb-NO'));
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} og ${labels[labels.length - 1]}`;
}

export type SummaryGroup<E> = { type: string; heading: string; entries: E[] };

function grouped<E extends { type: string }>(entries: readonly E[], phrase: (type: string, n: number) => string) {
  const byType = new Map<string, E[]>();
  for (const entry of entries) byType.set(entry.type, [...(byType.get(entry.type) ?? []), entry]);
  const rank = (type: string) => (typeOrder.includes(type) ? typeOrder.indexOf(type) : typeOrder.length);
  return [...byType.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([type, list]): SummaryGroup<E> => ({ type, heading: phrase(type, list.length), entries: list }));
}

export function createdGroups(summary: ImportSummary): SummaryGroup<ImportCreated>[] {
  return grouped(summary.created, createdPhrase);
}

export function updatedGroups(summary: ImportSummary): SummaryGroup<ImportUpdated>[] {
  return grouped(summary.updated, updatedPhrase);
}

export function hasChanges(summary: ImportSummary): boolean {
  return summary.created.length > 0 || summary.updated.length > 0;
}

const pathParts: Record<string, string> = {
  council: 'regionrådet',
  parties: 'ansvarlig',
  strategicPlan: 'strategisk plan',
  sections: 'del',
  goals: 'mål',
  actionPlans: 'handlingsplan',
  measures: 'tiltak',
  responsibility: 'ansvar',
  lead: 'leder',
  partners: 'partner',
  reports: 'rapport',
  links: 'lenke',
  interestPolicy: 'interessepolitiske saker',
  matters: 'sak',
};

/**
 * Where in the file a problem is, in words: `actionPlans[0].measures[2].reports[0].status` is «handlingsplan 1,
 * tiltak 3, rapport 1, status». Field names the app does not know are kept as the file spells them.
 */
export function placeInFile(path: string): string {
  const words: string[] = [];
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) {
      const last = words.pop() ?? '';
      words.push(`${last} ${Number(index) + 1}`.trim());
    } else if (name !== undefined) {
      words.push(pathParts[name] ?? (changeFieldLabel(name) === name ? name : changeFieldLabel(name).toLocaleLowerCase('nb-NO')));
    }
  }
  const text = words.join(', ');
  return text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1);
}

/** «Handlingsplan 1, tiltak 3, rapport 1, status: har feil format …» */
export function describeViolation({ field, message }: Violation): string {
  return field ? `${placeInFile(field)}: ${message}` : message;
}
