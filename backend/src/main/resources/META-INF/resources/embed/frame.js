/*
 * Loaded by every Planstatus embed page (/embed/…) from its own server, as the page's only script: it tells the
 * page that frames it how tall the content is, so that planstatus-resize.js on that page can fit the iframe to it.
 * It posts {type: 'planstatus:height', height} (CSS pixels) when the page has loaded, whenever the content's
 * height changes (a narrower frame wraps more lines), and when the host page asks with
 * {type: 'planstatus:height-request'}. The height is not secret, so it is posted to any origin; the page works
 * the same without this script (the iframe keeps the height the host page gave it).
 */
(() => {
  'use strict';

  if (window.parent === window) return;

  let posted = -1;

  /** The content's own height: the root element's box, not the viewport it sits in (that is the iframe). */
  function contentHeight() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function post(force) {
    const height = contentHeight();
    if (height === posted && !force) return;
    posted = height;
    window.parent.postMessage({ type: 'planstatus:height', height }, '*');
  }

  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data && event.data.type === 'planstatus:height-request') post(true);
  });
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => post(false)).observe(document.documentElement);
  }
  window.addEventListener('load', () => post(false));
  if (document.readyState !== 'loading') post(false);
  else document.addEventListener('DOMContentLoaded', () => post(false));
})();
