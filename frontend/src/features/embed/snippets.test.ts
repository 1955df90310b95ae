import { describe, expect, it } from 'vitest';

import { defaultEmbedOptions, embedUrl, iframeSnippet, normaliseAccent, webComponentSnippet } from './snippets';

const origin = 'https://planstatus.example';

describe('embedUrl', () => {
  it.each([
    [{ kind: 'plan' } as const, 'https://planstatus.example/embed/plan'],
    [{ kind: 'goal', id: 3 } as const, 'https://planstatus.example/embed/goals/3'],
    [{ kind: 'measure', id: 12 } as const, 'https://planstatus.example/embed/measures/12'],
    [{ kind: 'party', id: 7 } as const, 'https://planstatus.example/embed/parties/7'],
  ])('points %o at its page under /embed', (target, expected) => {
    expect(embedUrl(origin, target, defaultEmbedOptions)).toBe(expected);
  });

  it('adds a chosen accent without # and compact layout as query parameters', () => {
    expect(embedUrl(origin, { kind: 'measure', id: 12 }, { compact: true, accent: '#AA00CC' })).toBe(
      'https://planstatus.example/embed/measures/12?accent=aa00cc&compact=true',
    );
  });
});

describe('iframeSnippet', () => {
  it('gives a titled, borderless, fluid iframe of the embed page and the script that fits its height', () => {
    expect(iframeSnippet(origin, { kind: 'goal', id: 3 }, defaultEmbedOptions, 'Status for mål 3')).toBe(
      '<iframe src="https://planstatus.example/embed/goals/3" title="Status for mål 3" width="100%" height="480" ' +
        'style="border:0;max-width:100%" loading="lazy"></iframe>\n' +
        '<script src="https://planstatus.example/embed/planstatus-resize.js" defer></script>',
    );
  });

  it('loads the resize script from the address the iframe shows, so the script trusts that frame', () => {
    const snippet = iframeSnippet('https://p.example/plan"s', { kind: 'plan' }, defaultEmbedOptions, 'Plan');
    expect(snippet).toContain('<iframe src="https://p.example/plan&quot;s/embed/plan"');
    expect(snippet).toContain('<script src="https://p.example/plan&quot;s/embed/planstatus-resize.js" defer>');
  });

  it('escapes the title and the address so stored text cannot break the markup', () => {
    const snippet = iframeSnippet(
      origin,
      { kind: 'measure', id: 1 },
      { compact: true, accent: '#123456' },
      'Tiltak "A" <b> & co',
    );
    expect(snippet).toContain('title="Tiltak &quot;A&quot; &lt;b&gt; &amp; co"');
    expect(snippet).toContain('src="https://planstatus.example/embed/measures/1?accent=123456&amp;compact=true"');
  });
});

describe('webComponentSnippet', () => {
  it('loads the script from the same server and names the target', () => {
    expect(webComponentSnippet(origin, { kind: 'party', id: 7 }, defaultEmbedOptions)).toBe(
      '<script src="https://planstatus.example/embed/planstatus-status.js" defer></script>\n' +
        '<planstatus-status base="https://planstatus.example" party="7"></planstatus-status>',
    );
  });

  it('uses the plan attribute for the whole plan and carries compact and accent', () => {
    expect(webComponentSnippet(origin, { kind: 'plan' }, { compact: true, accent: '#aa00cc' })).toContain(
      '<planstatus-status base="https://planstatus.example" plan compact style="--ps-accent: #aa00cc"></planstatus-status>',
    );
  });
});

describe('normaliseAccent', () => {
  it('keeps a hex colour and falls back to the default for anything else', () => {
    expect(normaliseAccent('#ABCDEF')).toBe('#abcdef');
    expect(normaliseAccent('red')).toBe('#1f5c99');
  });
});

describe('the dashboard embed', () => {
  it('is served at /embed/dashboard with the chosen look', () => {
    expect(embedUrl('https://p.example', { kind: 'dashboard' }, { compact: true, accent: '#7a1f5c' })).toBe(
      'https://p.example/embed/dashboard?accent=7a1f5c&compact=true',
    );
  });
});
