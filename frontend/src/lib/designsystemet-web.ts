/**
 * What Designsystemet's React components import as "@digdir/designsystemet-web" (vite.config.ts points them
 * here). The package registers every custom element and polyfill at once (popover, invokers, tooltip with
 * floating-ui, suggestion/combobox, tabs …): about a fifth of a public page's JavaScript. The elements the public
 * pages render are registered at once; the rest load after the first paint, and before any lazy (editing or
 * admin) page shows — custom elements upgrade when they are defined, so nothing is lost meanwhile.
 */
import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/details';
import '@digdir/designsystemet-web/ds-error-summary';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/readonly';

export { pagination } from '@digdir/designsystemet-web/ds-pagination';

let all: Promise<unknown> | undefined;

/** Registers every element and polyfill of designsystemet-web (once). */
export function loadDesignsystemetWeb(): Promise<unknown> {
  all ??= import('@digdir/designsystemet-web');
  return all;
}

if (typeof window !== 'undefined') {
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1));
  whenIdle(() => void loadDesignsystemetWeb());
}
