/**
 * The first API answers the server wrote into index.html for the page it served (backend common/WebAppPage): the
 * overview, a goal, a measure and the bodies page then draw as soon as the JavaScript runs, without waiting for a
 * round of API requests (issue 12). Each is what a plain GET of that URL answered anyone at that moment, keyed by
 * path and query exactly as this app asks for them.
 *
 * An answer is used once, for the first request of its URL, and all are forgotten when the app leaves the page it
 * was loaded on: a later request (a refetch, another page) always goes to the server.
 */
export const FIRST_ANSWERS_ELEMENT_ID = 'planstatus-first-answers';

let answers: Map<string, unknown> | undefined;

function read(): Map<string, unknown> {
  if (answers) return answers;
  answers = new Map();
  const element = typeof document === 'undefined' ? null : document.getElementById(FIRST_ANSWERS_ELEMENT_ID);
  if (element?.textContent) {
    try {
      const parsed: unknown = JSON.parse(element.textContent);
      if (parsed && typeof parsed === 'object') {
        for (const [url, body] of Object.entries(parsed)) answers.set(url, body);
      }
    } catch {
      // A page without usable answers loads as before: from the API.
    }
  }
  element?.remove();
  return answers;
}

/** The written-in answer for this GET, once, or undefined (then it is fetched). */
export function takeFirstAnswer(request: Request): Response | undefined {
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url, typeof location === 'undefined' ? undefined : location.href);
  if (typeof location !== 'undefined' && url.origin !== location.origin) return undefined;
  const found = read();
  const key = url.pathname + url.search;
  if (!found.has(key)) return undefined;
  const body = found.get(key);
  found.delete(key);
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** Forgets the answers not used yet (called when the app moves to another page). */
export function forgetFirstAnswers(): void {
  read().clear();
}
