/** A CSS string literal: quotes and backslashes escaped, line breaks as CSS escapes. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The text at the top of every printed page (e.g. the council and the period), over the app's default in
 * styles.css. Chromium prints @page margin boxes since version 131; `string-set` it does not support, and a
 * `position: fixed` header would cover the content, so the page's own text goes into a margin box rule here.
 */
export function PrintPageHeader({ text }: { text: string }) {
  return <style>{`@media print { @page { @top-left { content: ${cssString(text)}; } } }`}</style>;
}
