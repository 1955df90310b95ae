import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { cssEscape } from './css-escape';
import { FAKE_API_ORIGIN, fakeFetch, resetFakeApi } from './fake-api';

// jsdom has no CSS.escape, and Designsystemet's web components call it as soon as they are imported.
if (typeof globalThis.CSS === 'undefined') {
  Object.defineProperty(globalThis, 'CSS', { value: {}, configurable: true });
}
if (typeof CSS.escape !== 'function') {
  CSS.escape = cssEscape;
}

// jsdom has no Web Animations API; Designsystemet's Spinner synchronises its animation through it.
if (typeof document !== 'undefined' && typeof document.getAnimations !== 'function') {
  document.getAnimations = () => [];
}

// jsdom has no modal dialogs; Designsystemet's Dialog opens and closes through these.
if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

/*
 * The app's client asks for same-origin paths ("/api/v1/…"), which Node's Request cannot resolve. They go to
 * the fake API (src/testing/fake-api.ts); absolute addresses, such as a test's own node:http server, are
 * fetched for real.
 */
const NodeRequest = globalThis.Request;
const nodeFetch = globalThis.fetch;
class SameOriginRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' && input.startsWith('/') ? `${FAKE_API_ORIGIN}${input}` : input, init);
  }
}
globalThis.Request = SameOriginRequest;
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof NodeRequest ? input : new SameOriginRequest(input, init);
  return request.url.startsWith(`${FAKE_API_ORIGIN}/`) ? fakeFetch(request) : nodeFetch(input, init);
};

afterEach(() => {
  cleanup();
  resetFakeApi();
});
