import { afterEach, describe, expect, it, vi } from 'vitest';

import { FIRST_ANSWERS_ELEMENT_ID } from './first-answers';

/** A fresh module each time: the answers are read from the page once per load. */
async function loadWith(answers: Record<string, unknown> | string) {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = FIRST_ANSWERS_ELEMENT_ID;
  element.textContent = typeof answers === 'string' ? answers : JSON.stringify(answers);
  document.body.append(element);
  vi.resetModules();
  return import('./first-answers');
}

const get = (path: string) => new Request(new URL(path, location.href));

afterEach(() => {
  document.getElementById(FIRST_ANSWERS_ELEMENT_ID)?.remove();
});

describe('first answers written into index.html', () => {
  it('answers the first GET of its exact URL once, then leaves it to the network', async () => {
    const { takeFirstAnswer } = await loadWith({ '/api/v1/parties?limit=500': { items: [{ id: 2 }] } });

    const first = takeFirstAnswer(get('/api/v1/parties?limit=500'));
    expect(first?.status).toBe(200);
    expect(await first?.json()).toEqual({ items: [{ id: 2 }] });
    expect(takeFirstAnswer(get('/api/v1/parties?limit=500'))).toBeUndefined();
    expect(document.getElementById(FIRST_ANSWERS_ELEMENT_ID)).toBeNull();
  });

  it('answers no other URL, query or method', async () => {
    const { takeFirstAnswer } = await loadWith({ '/api/v1/parties?limit=500': { items: [] } });

    expect(takeFirstAnswer(get('/api/v1/parties'))).toBeUndefined();
    expect(takeFirstAnswer(get('/api/v1/parties?limit=500&cursor=x'))).toBeUndefined();
    expect(takeFirstAnswer(new Request(new URL('/api/v1/parties?limit=500', location.href), { method: 'POST' })))
      .toBeUndefined();
    expect(takeFirstAnswer(get('/api/v1/parties?limit=500'))).toBeDefined();
  });

  it('forgets what was not used when the app leaves the page', async () => {
    const { takeFirstAnswer, forgetFirstAnswers } = await loadWith({ '/api/v1/goals/1': { id: 1 } });

    forgetFirstAnswers();
    expect(takeFirstAnswer(get('/api/v1/goals/1'))).toBeUndefined();
  });

  it('leaves everything to the network when the block is not JSON', async () => {
    const { takeFirstAnswer } = await loadWith('{not json');

    expect(takeFirstAnswer(get('/api/v1/goals/1'))).toBeUndefined();
  });
});
