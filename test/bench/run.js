/**
 * Runs a TypeScript benchmark without a build: `node test/bench/run.js test/bench/search.ts`.
 * Transpiles .ts files on require (no type-checking; tsc does that) and resolves the workspace's
 * path aliases (@bangfu/contracts …) from tsconfig.base.json.
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const root = path.join(__dirname, '..', '..');
const { config } = ts.readConfigFile(path.join(root, 'tsconfig.base.json'), ts.sys.readFile);
const aliases = new Map(Object.entries(config.compilerOptions.paths).map(([alias, [target]]) => [alias, path.join(root, target)]));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithAliases(request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  inlineSourceMap: true,
};
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

const script = process.argv[2];
if (!script) {
  console.error('usage: node test/bench/run.js <file.ts> [args…]');
  process.exit(2);
}
require(path.resolve(script));
