import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Files that would break (or keep) a boundary, placed inside the projects and linted in one eslint run. */
const PROBES = {
  contractsImportsNest: ['libs/contracts/src', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n"],
  contractsImportsTypeorm: ['libs/contracts/src', "import { Entity } from 'typeorm';\nexport const x = Entity;\n"],
  contractsImportsZod: ['libs/contracts/src', "import { z } from 'zod';\nexport const x = z.string();\n"],
  apiImportsReact: ['apps/api/src', "import { useState } from 'react';\nexport const x = useState;\n"],
  apiImportsContracts: ['apps/api/src', "import { COUNTIES } from '@bangfu/contracts';\nexport const x = COUNTIES;\n"],
  storefrontImportsTypeorm: ['apps/storefront/src', "import { DataSource } from 'typeorm';\nexport const x = DataSource;\n"],
  consoleImportsStorefront: ['apps/console/src', "import { x } from '../../storefront/src/main';\nexport const y = x;\n"],
  ordersImportsCatalogEntity: ['apps/api/src/orders', "import { ProductEntity } from '../catalog/catalog.entities';\nexport const x = ProductEntity;\n"],
  ordersImportsCatalogEntityType: ['apps/api/src/orders', "import type { ProductEntity } from '../catalog/catalog.entities';\nexport type X = ProductEntity;\n"],
  ordersImportsCatalogService: ['apps/api/src/orders', "import { ProductsService } from '../catalog/products.service';\nexport const x = ProductsService;\n"],
  ordersImportsOwnEntity: ['apps/api/src/orders', "import { OrderEntity } from './orders.entities';\nexport const x = OrderEntity;\n"],
} as const;
type Probe = keyof typeof PROBES;

const fileOf = (probe: Probe) => join(root, PROBES[probe][0], `boundary-probe-${process.pid}-${probe}.ts`);

function run(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      join(root, 'node_modules/.bin', bin),
      args,
      { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 },
      // eslint exits 1 when it finds errors, which the probes are meant to cause.
      (error, stdout) => (stdout ? resolve(stdout) : reject(error ?? new Error(`${bin} printed nothing`))),
    ),
  );
}

/** The boundary rule reads Nx's cached project graph and silently skips itself without one: compute it first. */
async function lint(files: string[]): Promise<{ filePath: string; messages: { ruleId: string; message: string }[] }[]> {
  await run('nx', ['show', 'projects']);
  const output = await run('eslint', ['--format', 'json', '--no-warn-ignored', ...files]);
  return JSON.parse(output.slice(output.indexOf('[')));
}

describe('module boundaries', () => {
  const violations = new Map<Probe, string[]>();

  beforeAll(async () => {
    const probes = Object.keys(PROBES) as Probe[];
    for (const probe of probes) writeFileSync(fileOf(probe), PROBES[probe][1]);
    try {
      const results = await lint(probes.map(fileOf));
      for (const probe of probes) {
        const result = results.find((r) => r.filePath === fileOf(probe));
        violations.set(probe, (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
    } finally {
      for (const probe of probes) rmSync(fileOf(probe), { force: true });
    }
  }, 300_000);

  it('keeps Nest and TypeORM out of the contracts, which may use zod', () => {
    expect(violations.get('contractsImportsNest')).not.toEqual([]);
    expect(violations.get('contractsImportsTypeorm')).not.toEqual([]);
    expect(violations.get('contractsImportsZod')).toEqual([]);
  });

  it('keeps browser code out of the API and server code out of the apps', () => {
    expect(violations.get('apiImportsReact')).not.toEqual([]);
    expect(violations.get('storefrontImportsTypeorm')).not.toEqual([]);
    expect(violations.get('apiImportsContracts')).toEqual([]);
  });

  it('forbids one app importing another', () => {
    expect(violations.get('consoleImportsStorefront')).not.toEqual([]);
  });

  it("keeps each API module's tables its own: another module's entities only as types, its service for the rest", () => {
    expect(violations.get('ordersImportsCatalogEntity')).not.toEqual([]);
    expect(violations.get('ordersImportsCatalogEntityType')).toEqual([]);
    expect(violations.get('ordersImportsCatalogService')).toEqual([]);
    expect(violations.get('ordersImportsOwnEntity')).toEqual([]);
  });
});
