import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const designsystemetWebShim = fileURLToPath(new URL('./src/lib/designsystemet-web.ts', import.meta.url));

/**
 * Designsystemet's React components import all of @digdir/designsystemet-web; they get src/lib/designsystemet-web.ts
 * instead, which registers the elements public pages need at once and the rest later (see there).
 */
function lightDesignsystemetWeb(): Plugin {
  return {
    name: 'planstatus-light-designsystemet-web',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@digdir/designsystemet-web' && importer && /designsystemet-react/.test(importer)) {
        return designsystemetWebShim;
      }
      return null;
    },
  };
}

const backend = 'http://localhost:8080';

/**
 * Inter without a layout shift (issue 12): the page's fonts are preloaded with the JavaScript, and shown only if they
 * are there when the text is first drawn (font-display: optional instead of Fontsource's swap, which redraws the
 * text in Inter when it arrives and moves what follows). A first visit on a slow line may show the system font.
 */
function stillFonts(): Plugin {
  return {
    name: 'planstatus-still-fonts',
    transform(code, id) {
      if (!/@fontsource[\\/]inter[\\/].*\.css$/.test(id)) return null;
      return { code: code.replaceAll('font-display: swap', 'font-display: optional'), map: null };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((file) =>
          /inter-latin-(400|500|600)-normal-[^/]*\.woff2$/.test(file),
        );
        return fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [lightDesignsystemetWeb(), stillFonts(), react()],
  build: {
    outDir: 'dist',
    // Read by scripts/check-bundle-budget.mjs, which fails the build over the first-load JavaScript budget.
    manifest: true,
    rolldownOptions: {
      // Designsystemet's React package declares no "sideEffects", so every component it has (and floating-ui and
      // the virtualiser behind its combobox) would land in the first load. Its modules only define components:
      // let the bundler drop the unused ones. The web components (@digdir/designsystemet-web, @u-elements) and
      // CSS keep their side effects: they register custom elements and styles.
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/node_modules[\\/](@digdir[\\/]designsystemet-react|@floating-ui|@tanstack[\\/](react-)?virtual|tabbable|@radix-ui)[\\/].*\.js$/.test(
            id,
          ),
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
  },
});
