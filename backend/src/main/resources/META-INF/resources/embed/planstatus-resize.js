/*
 * Fits Planstatus iframes to their content. Add it once to a page that frames Planstatus embeds:
 *
 *   <iframe src="https://planstatus.example/embed/goals/3" title="Status for mål 3" width="100%" height="480"
 *           style="border:0;max-width:100%" loading="lazy"></iframe>
 *   <script src="https://planstatus.example/embed/planstatus-resize.js" defer></script>
 *
 * Each embed page posts its content's height ({type: 'planstatus:height', height}); this script takes such a
 * message only from the Planstatus address it was itself loaded from, finds the iframe that sent it and sets
 * that iframe's height (between 80 and 4000 px). Without this script, or without JavaScript, the iframe keeps
 * the height written in the snippet.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  if (!script || !script.src) return;
  const origin = new URL(script.src, location.href).origin;
  const MIN_HEIGHT = 80;
  const MAX_HEIGHT = 4000;

  // The snippet may be pasted more than once: one listener per Planstatus address is enough.
  const listening = (window.__planstatusResize = window.__planstatusResize || {});
  if (listening[origin]) return;
  listening[origin] = true;

  function frameOf(source) {
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === source) return frame;
    }
    return null;
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !event.source) return;
    const data = event.data;
    if (!data || data.type !== 'planstatus:height' || typeof data.height !== 'number') return;
    if (!Number.isFinite(data.height)) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
    frame.style.height = height + 'px';
  });

  // Frames that loaded before this script did posted their height to nobody: ask them again.
  for (const frame of document.getElementsByTagName('iframe')) {
    let frameOrigin = null;
    try {
      frameOrigin = new URL(frame.src, location.href).origin;
    } catch {
      continue;
    }
    if (frameOrigin === origin && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: 'planstatus:height-request' }, origin);
    }
  }
})();
