import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { cssEscape } from './css-escape';

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

afterEach(() => {
  cleanup();
});
