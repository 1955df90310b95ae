/**
 * What a site can embed: the whole plan, one goal, measure or responsible body, or the status dashboard of the
 * newest adopted action plan (its counts per status, goal and lead party).
 */
export type EmbedTarget =
  | { kind: 'plan' }
  | { kind: 'dashboard' }
  | { kind: 'goal'; id: number }
  | { kind: 'measure'; id: number }
  | { kind: 'party'; id: number };

export type EmbedKind = EmbedTarget['kind'];

/** The kinds that need no choice of goal, measure or party. */
export type WholePlanKind = 'plan' | 'dashboard';

/** The web component renders measures, not the dashboard, which is an iframe only. */
export function hasWebComponent(target: EmbedTarget): target is Exclude<EmbedTarget, { kind: 'dashboard' }> {
  return target.kind !== 'dashboard';
}

export type EmbedOptions = {
  compact: boolean;
  /** A hex colour #rrggbb; the default accent is left out of the address. */
  accent: string;
};

export const defaultAccent = '#1f5c99';

export const defaultEmbedOptions: EmbedOptions = { compact: false, accent: defaultAccent };

/**
 * Room for a handful of measures: the height the iframe keeps where the resize script does not run (no
 * JavaScript, or the host page left the script out). The host page can change it.
 */
export const iframeHeight = 480;

const embedSegments: Record<Exclude<EmbedKind, WholePlanKind>, string> = {
  goal: 'goals',
  measure: 'measures',
  party: 'parties',
};

/** The server-rendered page under /embed that shows the target, with the chosen look. */
export function embedUrl(origin: string, target: EmbedTarget, options: EmbedOptions): string {
  const path =
    target.kind === 'plan' || target.kind === 'dashboard'
      ? `/embed/${target.kind}`
      : `/embed/${embedSegments[target.kind]}/${target.id}`;
  const query = new URLSearchParams();
  const accent = options.accent.toLowerCase();
  if (accent !== defaultAccent) query.set('accent', accent.replace(/^#/, ''));
  if (options.compact) query.set('compact', 'true');
  const search = query.toString();
  return `${origin}${path}${search ? `?${search}` : ''}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An iframe for the host page (`title` names the frame for screen readers) and the script that fits the iframe's
 * height to its content; without the script the iframe keeps its fixed height.
 */
export function iframeSnippet(origin: string, target: EmbedTarget, options: EmbedOptions, title: string): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl(origin, target, options))}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${iframeHeight}" style="border:0;max-width:100%" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttribute(origin)}/embed/planstatus-resize.js" defer></script>`
  );
}

/** The script tag and the <planstatus-status> element that renders the same status from the JSON API. */
export function webComponentSnippet(
  origin: string,
  target: Exclude<EmbedTarget, { kind: 'dashboard' }>,
  options: EmbedOptions,
): string {
  const attributes = [`base="${escapeAttribute(origin)}"`];
  attributes.push(target.kind === 'plan' ? 'plan' : `${target.kind}="${target.id}"`);
  if (options.compact) attributes.push('compact');
  const accent = options.accent.toLowerCase();
  const style = accent !== defaultAccent ? ` style="--ps-accent: ${escapeAttribute(accent)}"` : '';
  return (
    `<script src="${escapeAttribute(origin)}/embed/planstatus-status.js" defer></script>\n` +
    `<planstatus-status ${attributes.join(' ')}${style}></planstatus-status>`
  );
}

/** Accepts what a colour input gives (#rrggbb); anything else falls back to the default accent. */
export function normaliseAccent(value: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : defaultAccent;
}
