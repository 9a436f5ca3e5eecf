import nx from '@nx/eslint-plugin';
import { API_MODULES, READ_MODELS } from './apps/api/module-boundaries.mjs';

const serverOnly = ['@nestjs/*', 'typeorm', 'better-sqlite3', 'mysql2', 'mysql2/*', 'nestjs-*', 'express', 'alipay-sdk'];
const browserOnly = ['react', 'react-dom', 'react-router', 'antd', 'antd-mobile', '@tanstack/*', 'i18next', 'react-i18next'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', 'data', '.nx', 'coverage', '**/vite.config.*.timestamp*'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            // Contracts are shared by the server and the browsers: plain zod only.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], bannedExternalImports: [...serverOnly, ...browserOnly] },
            { sourceTag: 'type:client', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: [...serverOnly, ...browserOnly] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:contracts', 'type:client'], bannedExternalImports: serverOnly },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:client', 'type:ui'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: browserOnly },
            { sourceTag: 'scope:storefront', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: serverOnly },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: serverOnly },
            { sourceTag: 'scope:kiosk', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: serverOnly },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // A module's entities are its own: another module calls its exported service, and may import its entity
  // classes only as types, or in a read model that joins its tables to answer a read.
  ...API_MODULES.map((name) => ({
    files: [`apps/api/src/${name}/**/*.ts`],
    ignores: [...READ_MODELS, '**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./(?!${name}/)[a-z-]+/[a-z-]+\\.entit(y|ies)$`,
              allowTypeImports: true,
              message: "Another module's tables are written through its exported service (see apps/api/module-boundaries.mjs).",
            },
          ],
        },
      ],
    },
  })),
  {
    // Tests and their configs reach the shared harness in test/support.
    files: ['**/jest.config.js', '**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
