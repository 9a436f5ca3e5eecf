import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Lints a would-be file at a path inside a project (through the eslint CLI) and returns its boundary violations. */
function boundaryErrors(path: string, source: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      join(root, 'node_modules/.bin/eslint'),
      ['--stdin', '--stdin-filename', path, '--format', 'json'],
      { cwd: root, env: { ...process.env, NX_DAEMON: 'false' } },
      (error, stdout) => {
        if (!stdout) return reject(error ?? new Error('eslint printed nothing'));
        const [result] = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
        resolve(result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message));
      },
    );
    child.stdin?.end(source);
  });
}

describe('module boundaries', () => {
  it('keeps Nest, TypeORM and React out of the contracts', async () => {
    expect(await boundaryErrors('libs/contracts/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n")).not.toEqual([]);
    expect(await boundaryErrors('libs/contracts/src/probe.ts', "import { Entity } from 'typeorm';\nexport const x = Entity;\n")).not.toEqual([]);
    expect(await boundaryErrors('libs/contracts/src/probe.ts', "import { z } from 'zod';\nexport const x = z.string();\n")).toEqual([]);
  });

  it('keeps browser code out of the API and server code out of the apps', async () => {
    expect(await boundaryErrors('apps/api/src/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n")).not.toEqual([]);
    expect(await boundaryErrors('apps/storefront/src/probe.ts', "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n")).not.toEqual([]);
    expect(await boundaryErrors('apps/api/src/probe.ts', "import { COUNTIES } from '@bangfu/contracts';\nexport const x = COUNTIES;\n")).toEqual([]);
  });

  it('forbids one app importing another', async () => {
    expect(await boundaryErrors('apps/console/src/probe.ts', "import { x } from '../../storefront/src/main';\nexport const y = x;\n")).not.toEqual([]);
  });
});
