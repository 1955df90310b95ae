import { describe, expect, it } from 'vitest';

// @ts-expect-error -- a plain Node script of the build, without type declarations
import { firstLoadChunks, measureFirstLoad } from '../../scripts/check-bundle-budget.mjs';

type Chunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };

const manifest: Record<string, Chunk> = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js', '_shared.js'], dynamicImports: ['src/admin.tsx'] },
  '_react.js': { file: 'assets/react.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js', '_deep.js'] },
  '_deep.js': { file: 'assets/deep.js' },
  'src/admin.tsx': { file: 'assets/admin.js', imports: ['_shared.js', '_admin-only.js'] },
  '_admin-only.js': { file: 'assets/admin-only.js' },
  'style.css': { file: 'assets/style.css' },
};

describe('the first-load JavaScript budget', () => {
  it('follows static imports transitively, once each, and not dynamic imports', () => {
    expect(firstLoadChunks(manifest).sort()).toEqual(['_deep.js', '_react.js', '_shared.js', 'index.html']);
  });

  it('sums the gzip size of the first-load JavaScript files', () => {
    const sizes: Record<string, number> = {
      'assets/index.js': 1000,
      'assets/react.js': 50_000,
      'assets/shared.js': 300,
      'assets/deep.js': 7,
      'assets/admin.js': 99_999,
      'assets/admin-only.js': 99_999,
    };
    const { files, total } = measureFirstLoad(manifest, (file: string) => sizes[file] ?? 0);
    expect(total).toBe(51_307);
    expect(files[0]).toEqual({ file: 'assets/react.js', gzip: 50_000 });
  });

  it('refuses a manifest without an entry', () => {
    expect(() => firstLoadChunks({ 'a.js': { file: 'a.js' } })).toThrow(/no entry/);
  });
});
