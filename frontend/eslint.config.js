import js from '@eslint/js';
import { createNodeResolver, flatConfigs as importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['auth', 'plan', 'goals', 'measures', 'parties', 'accounts', 'tokens', 'audit', 'webhooks', 'invitations', 'status-reports'];

/*
 * One-way imports (bulletproof-react): app → features → components → lib/config.
 * A feature never imports another feature; shared code never imports features or the app.
 */
const architectureZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features may not import each other; compose them in src/app.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features may not import from src/app.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components may not import features or the app.',
  },
  {
    target: './src/lib',
    from: ['./src/features', './src/app', './src/components'],
    message: 'src/lib may not import features, the app or components.',
  },
  {
    target: './src/config',
    from: ['./src/features', './src/app', './src/components', './src/lib'],
    message: 'src/config is a leaf.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'src/lib/api/schema.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  importX.recommended,
  reactHooks.configs.flat['recommended-latest'],
  {
    settings: {
      // Without these, import-x skips .ts/.tsx dependencies and no-cycle sees nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js'] })],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
    },
    rules: {
      // TypeScript already checks named imports and resolves type-only modules.
      'import-x/named': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: architectureZones }],
      'import-x/no-duplicates': 'error',
      'import-x/order': [
        'error',
        {
          groups: [['builtin', 'external'], ['internal', 'parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    // Production code must not depend on test helpers.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...architectureZones,
            { target: './src', from: './src/testing', message: 'Only tests may import src/testing.' },
          ],
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}', 'scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
