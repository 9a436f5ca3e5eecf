import nx from '@nx/eslint-plugin';

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
