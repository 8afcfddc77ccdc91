import { expect } from '@open-wc/testing';
import { COMPONENT_NAMES, openApiDocument, openApiYaml } from '../../../server/openapi.js';
import * as S from '../../../src/data/schemas/index.js';

/** `METHOD path` pairs of every table in docs/http-contract.md, query strings removed. */
function contractRoutes(md: string): string[] {
  const out: string[] = [];
  for (const line of md.split('\n')) {
    const m = /^\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`([^`]+)`/.exec(line);
    if (m) out.push(`${m[1]!.toLowerCase()} ${m[2]!.split('?')[0]}`);
  }
  return out;
}

/** `method path` pairs declared under `paths:` in the YAML text. */
function yamlRoutes(yaml: string): Set<string> {
  const out = new Set<string>();
  let inPaths = false;
  let path = '';
  for (const line of yaml.split('\n')) {
    if (/^\S/.test(line)) inPaths = line === 'paths:';
    if (!inPaths) continue;
    const p = /^ {2}("?)(\/[^"]*)\1:$/.exec(line);
    if (p) path = p[2]!;
    const m = /^ {4}(get|post|put|patch|delete):$/.exec(line);
    if (m && path) out.add(`${m[1]} ${path}`);
  }
  return out;
}

describe('docs/openapi.yaml', () => {
  let yaml = '';
  let md = '';
  before(async () => {
    yaml = await (await fetch('/docs/openapi.yaml')).text();
    md = await (await fetch('/docs/http-contract.md')).text();
  });

  it('declares every method and path of the contract tables (API and admin)', () => {
    const wanted = contractRoutes(md);
    expect(wanted.length).to.be.at.least(18);
    expect(wanted).to.include('get /queue/{unitId}/stream');
    expect(wanted).to.include('post /__admin/faults');
    const declared = yamlRoutes(yaml);
    const missing = wanted.filter((r) => !declared.has(r));
    expect(missing, 'routes missing from openapi.yaml').to.deep.equal([]);
  });

  it('is exactly what server/openapi.ts generates from the zod schemas (regenerate: npx tsx server/gen-openapi.ts)', () => {
    expect(yaml === openApiYaml(), 'docs/openapi.yaml is out of date').to.equal(true);
  });

  it('gives every object schema of src/data/schemas the same fields and required fields', () => {
    const schemas = (openApiDocument().components as { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> }).schemas;
    const exported = S as unknown as Record<string, object | undefined>;
    const objects = COMPONENT_NAMES.filter((n) => exported[n] !== undefined && 'shape' in exported[n]);
    expect(objects).to.include.members(['Rating', 'CaseFile', 'QueueSnapshot', 'Procedure', 'OrgData', 'Petition', 'CasePublicStatus']);
    for (const name of objects) {
      const zod = (S as unknown as Record<string, { shape: Record<string, { _zod: { optin?: string } }> }>)[name]!;
      const doc = schemas[name]!;
      expect(Object.keys(doc.properties ?? {}), name).to.deep.equal(Object.keys(zod.shape));
      const required = Object.entries(zod.shape).filter(([, v]) => v._zod.optin !== 'optional').map(([k]) => k);
      expect(doc.required ?? [], `${name}.required`).to.deep.equal(required);
    }
  });

  it('describes the queue stream as text/event-stream with snapshot, queue and heartbeat events', () => {
    const doc = openApiDocument() as { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }>; components: { schemas: Record<string, { oneOf?: { properties: { event: { const: string } } }[] }> } };
    expect(Object.keys(doc.paths['/queue/{unitId}/stream']!.get.responses['200']!.content!)).to.deep.equal(['text/event-stream']);
    expect(doc.components.schemas.QueueStreamMessage!.oneOf!.map((o) => o.properties.event.const)).to.deep.equal(['snapshot', 'queue', 'heartbeat']);
  });
});
