import type { TestApp } from '../support/test-app';

/** The parts of an OpenAPI 3 document the reliability suites read. */
export interface SchemaObject {
  type?: string | string[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  $ref?: string;
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  allOf?: SchemaObject[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: SchemaObject }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export interface Operation {
  /** `METHOD /path/{param}`, the key both suites use. */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** The JSON request body schema, $refs resolved at the top level; absent when the route takes none. */
  jsonBody?: SchemaObject;
  /** The body is something other than JSON (multipart upload, Alipay's form). */
  otherBody: boolean;
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

export async function fetchOpenApi(t: TestApp): Promise<OpenApiDocument> {
  const res = await t.http.get('/api/docs-json');
  if (res.status !== 200) throw new Error(`GET /api/docs-json answered ${res.status}`);
  return res.body as OpenApiDocument;
}

/** Follows `$ref`s into components/schemas, so callers only ever see inline schemas. */
export function resolve(doc: OpenApiDocument, schema: SchemaObject): SchemaObject {
  let current = schema;
  while (current.$ref) {
    const name = current.$ref.split('/').pop() ?? '';
    const found = doc.components?.schemas?.[name];
    if (!found) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = found;
  }
  return current;
}

/** Every operation of the document, in document order. */
export function operations(doc: OpenApiDocument): Operation[] {
  const list: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      list.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        jsonBody: json ? resolve(doc, json) : undefined,
        otherBody: Object.keys(content).some((type) => type !== 'application/json'),
      });
    }
  }
  return list;
}
