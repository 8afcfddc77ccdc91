import * as z from 'zod/mini';
import * as S from '../src/data/schemas/index.js';
import { EpochOptions, FaultConfig, KillOptions, ResetOptions } from './admin-schemas.js';

/**
 * Builds docs/openapi.yaml: the paths of docs/http-contract.md written out here, and every component
 * schema generated from the zod schemas in src/data/schemas, so the document mirrors the code field by
 * field. Pure (no Node APIs): the test suite rebuilds it in the browser and compares it with the file.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** Schemas published under `#/components/schemas`, by name. Order is the document's order. */
const COMPONENTS: ReadonlyArray<[string, z.ZodMiniType]> = [
  ['Id', S.Id], ['IsoDateTime', S.IsoDateTime], ['IsoDate', S.IsoDate], ['Count', S.Count],
  ['ProcedureCode', S.ProcedureCode], ['DossierCode', S.DossierCode], ['SafeUrl', S.SafeUrl], ['Lang', S.Lang],
  ['Health', S.Health], ['ApiError', S.ApiError],
  ['OrgData', S.OrgData], ['OrgUnit', S.OrgUnit], ['Field', S.Field], ['Counter', S.Counter], ['Officer', S.Officer],
  ['ProcedureCatalogue', S.ProcedureCatalogue], ['Procedure', S.Procedure], ['CachThucThucHien', S.CachThucThucHien],
  ['PhiLePhi', S.PhiLePhi], ['GiayTo', S.GiayTo], ['CanCuPhapLy', S.CanCuPhapLy],
  ['QueueSnapshot', S.QueueSnapshot], ['Ticket', S.Ticket], ['CounterState', S.CounterState], ['Call', S.Call],
  ['QueueEvent', S.QueueEvent], ['Heartbeat', S.Heartbeat], ['QueueCommand', S.QueueCommand], ['QueueCommandResult', S.QueueCommandResult],
  ['Rating', S.Rating], ['SatisfactionLevel', S.SatisfactionLevel], ['RatingBatchRequest', S.RatingBatchRequest],
  ['RatingBatchResponse', S.RatingBatchResponse], ['RatingRejection', S.RatingRejection], ['RatingList', S.RatingList],
  ['CaseFile', S.CaseFile], ['CaseStatus', S.CaseStatus], ['SupplementPeriod', S.SupplementPeriod], ['StatusChange', S.StatusChange],
  ['CasePage', S.CasePage], ['CasePublicStatus', S.CasePublicStatus],
  ['Petition', S.Petition], ['PetitionList', S.PetitionList],
  ['FaultConfig', FaultConfig], ['ResetOptions', ResetOptions], ['KillOptions', KillOptions], ['EpochOptions', EpochOptions],
];

/** Names of the generated component schemas (for tests). */
export const COMPONENT_NAMES: readonly string[] = COMPONENTS.map(([n]) => n);

const BIG = Number.MAX_SAFE_INTEGER;

/** Drops generator noise: `$schema`/`$id`, the long regexes behind `format`, ±MAX_SAFE_INTEGER bounds. */
function tidy(v: Json): Json {
  if (Array.isArray(v)) return v.map(tidy);
  if (v === null || typeof v !== 'object') return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '$schema' || k === '$id') continue;
    if (k === 'pattern' && typeof v.format === 'string' && ['date-time', 'date', 'uuid'].includes(v.format)) continue;
    if ((k === 'maximum' && x === BIG) || (k === 'minimum' && x === -BIG)) continue;
    out[k] = tidy(x);
  }
  return out;
}

function componentSchemas(): Obj {
  const reg = z.registry<{ id: string }>();
  for (const [id, schema] of COMPONENTS) reg.add(schema, { id });
  const all = z.toJSONSchema(reg, { uri: (id: string) => `#/components/schemas/${id}`, unrepresentable: 'any', io: 'input' }) as unknown as { schemas: Obj };
  const out: Obj = {};
  for (const [id] of COMPONENTS) out[id] = tidy(all.schemas[id] ?? {});
  // Hand-written: the SSE messages and the admin state have no zod schema of their own.
  out.QueueStreamMessage = {
    description: 'One Server-Sent Events message of `GET /queue/{unitId}/stream`: the `event` field, the `id` field and the JSON in `data`.',
    oneOf: [
      { type: 'object', required: ['event', 'id', 'data'], properties: { event: { const: 'snapshot' }, id: { type: 'string', description: '`{epoch}.{seq}`' }, data: ref('QueueSnapshot') } },
      { type: 'object', required: ['event', 'id', 'data'], properties: { event: { const: 'queue' }, id: { type: 'string', description: '`{epoch}.{seq}`' }, data: ref('QueueEvent') } },
      { type: 'object', required: ['event', 'data'], properties: { event: { const: 'heartbeat' }, data: ref('Heartbeat') } },
    ],
  };
  const stream = { type: 'object', properties: { id: { type: 'integer' }, unitId: ref('Id'), lastEventId: { type: ['string', 'null'] }, lastSentId: { type: 'string' }, openedAt: ref('IsoDateTime'), closedAt: { anyOf: [ref('IsoDateTime'), { type: 'null' }] } } };
  out.AdminState = {
    type: 'object',
    properties: {
      ratings: { type: 'object', properties: { stored: { type: 'integer' }, distinctIds: { type: 'integer' } } },
      requests: { type: 'object', description: 'Requests seen per route (`GET /cases` …) since start or the last reset.', additionalProperties: { type: 'integer' } },
      requestsTotal: { type: 'integer' },
      sse: {
        type: 'object',
        properties: {
          open: { type: 'integer', description: 'Open queue streams.' },
          streams: { type: 'array', items: stream },
          recent: { type: 'array', items: stream, description: 'Recently closed streams (last 100).' },
          lastEventIds: { type: 'object', description: 'Last `Last-Event-ID` received per stream path.', additionalProperties: { type: 'string' } },
        },
      },
      queue: { type: 'object', additionalProperties: { type: 'object', properties: { epoch: { type: 'string' }, seq: { type: 'integer' } } } },
      faults: { type: 'object', properties: { config: ref('FaultConfig'), seed: { type: 'integer' }, counts: { type: 'object', additionalProperties: { type: 'integer' } } } },
      seed: { type: ['string', 'null'] },
    },
  };
  return out;
}

function ref(name: string): Obj {
  return { $ref: `#/components/schemas/${name}` };
}

function jsonBody(schema: Obj, description: string): Obj {
  return { description, content: { 'application/json': { schema } } };
}

const err = (description: string): Obj => ({ $ref: '#/components/responses/Error', description } as Obj);

const periodParams: Json[] = [
  { $ref: '#/components/parameters/From' },
  { $ref: '#/components/parameters/To' },
  { $ref: '#/components/parameters/UnitId' },
];
const periodErrors: Obj = { '400': err('A malformed `from`, `to` or `unitId`, or `from` after `to`.'), '404': err('Unknown `unitId`.') };

function paths(): Obj {
  const tags = (t: string) => [t] as Json[];
  return {
    '/health': { get: { tags: tags('service'), operationId: 'health', summary: 'Liveness', responses: { '200': jsonBody(ref('Health'), 'The server answers.') } } },
    '/org': { get: { tags: tags('org'), operationId: 'org', summary: 'Units tree, fields, counters, officers', responses: { '200': jsonBody(ref('OrgData'), 'The organisation document.') } } },
    '/procedures': {
      get: {
        tags: tags('procedures'), operationId: 'procedures', summary: 'The whole procedure catalogue',
        parameters: [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'ETag of a copy the client holds.' }],
        responses: {
          '200': { description: 'The catalogue.', headers: { ETag: { schema: { type: 'string' }, description: 'Validator of this catalogue version.' } }, content: { 'application/json': { schema: ref('ProcedureCatalogue') } } },
          '304': { description: 'The client\'s copy (If-None-Match) is current.', headers: { ETag: { schema: { type: 'string' } } } },
        },
      },
    },
    '/procedures/{code}': {
      get: {
        tags: tags('procedures'), operationId: 'procedure', summary: 'One procedure by national code',
        parameters: [{ name: 'code', in: 'path', required: true, schema: ref('ProcedureCode') }],
        responses: { '200': jsonBody(ref('Procedure'), 'The procedure.'), '404': err('No procedure with this code.') },
      },
    },
    '/queue/{unitId}/snapshot': {
      get: {
        tags: tags('queue'), operationId: 'queueSnapshot', summary: 'Full state of one unit\'s queue',
        parameters: [{ $ref: '#/components/parameters/QueueUnit' }],
        responses: { '200': jsonBody(ref('QueueSnapshot'), 'The snapshot.'), '404': err('The unit has no queue.') },
      },
    },
    '/queue/{unitId}/stream': {
      get: {
        tags: tags('queue'), operationId: 'queueStream', summary: 'Live queue as Server-Sent Events',
        description: [
          'Every connection starts with `retry: 2000`, then `event: snapshot` (data `QueueSnapshot`, `id: {epoch}.{seq}`): the client replaces its whole state with it.',
          'Then `event: queue` (data `QueueEvent`, `id: {epoch}.{seq}`) for every change in `seq` order, and `event: heartbeat` (data `Heartbeat`, no id) every 15 s or `heartbeat` ms.',
          'Resume: send the last id as `Last-Event-ID` or `lastEventId`. When its epoch is the current one, the snapshot\'s `calls` also holds every call after that seq still in the server\'s log (up to 500), so each call is announced exactly once. Another epoch means a new baseline.',
        ].join('\n'),
        parameters: [
          { $ref: '#/components/parameters/QueueUnit' },
          { name: 'heartbeat', in: 'query', required: false, schema: { type: 'integer', minimum: 200 }, description: 'Heartbeat interval, ms (values below 200 count as 200).' },
          { name: 'lastEventId', in: 'query', required: false, schema: { type: 'string' }, description: 'Last event id seen, for clients that cannot set the header.' },
          { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' }, description: 'Last event id seen (`{epoch}.{seq}`).' },
        ],
        responses: {
          '200': { description: 'The event stream; the schema describes one message.', content: { 'text/event-stream': { schema: ref('QueueStreamMessage') } } },
          '400': err('A malformed `heartbeat`.'),
          '404': err('The unit has no queue.'),
        },
      },
    },
    '/queue/commands': {
      post: {
        tags: tags('queue'), operationId: 'queueCommand', summary: 'An officer\'s or kiosk\'s command',
        requestBody: { required: true, content: { 'application/json': { schema: ref('QueueCommand') } } },
        responses: {
          '200': jsonBody(ref('QueueCommandResult'), 'Applied; the events it produced (may be none).'),
          '400': err('Not a valid command.'),
          '404': err('Unknown counter, unit or service.'),
          '409': err('Not allowed now (e.g. the counter is paused, or has no ticket to recall).'),
        },
      },
    },
    '/ratings/batch': {
      post: {
        tags: tags('ratings'), operationId: 'ratingsBatch', summary: 'Store citizens\' ratings',
        description: [
          'Each item is validated on its own against `Rating`; invalid ones are rejected with `code: schema` and a reason, the others are stored.',
          'A known `id` is listed in `duplicates` (resending is safe). A second rating for the same ticket (same unit and local day) or dossier is rejected with `duplicate-ticket`; a unit the organisation does not have, with `unknown-unit`.',
          'The answer comes after the accepted ratings are committed (one transaction).',
        ].join('\n'),
        requestBody: { required: true, content: { 'application/json': { schema: { allOf: [ref('RatingBatchRequest')], properties: { ratings: { items: ref('Rating') } } } } } },
        responses: {
          '200': jsonBody(ref('RatingBatchResponse'), 'Per-item results.'),
          '400': err('The body is not JSON or not `{ratings: [1..500 items]}`: the whole batch is refused.'),
          '413': err('The body is larger than 2 MiB.'),
        },
      },
    },
    '/ratings': {
      get: {
        tags: tags('ratings'), operationId: 'ratings', summary: 'Stored ratings created in a period',
        parameters: periodParams,
        responses: { '200': jsonBody(ref('RatingList'), 'Oldest first.'), ...periodErrors },
      },
    },
    '/cases': {
      get: {
        tags: tags('cases'), operationId: 'cases', summary: 'Dossiers, paged',
        description: 'Dossiers received in the period, and dossiers received earlier that were still open at its start, ordered by reception time. Page with the opaque `next` cursor (keep the other parameters unchanged).',
        parameters: [
          ...periodParams,
          { name: 'cursor', in: 'query', required: false, schema: { type: 'string' }, description: '`next` of the previous page.' },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 5000, default: 1000 } },
        ],
        responses: { '200': jsonBody(ref('CasePage'), 'One page; `total` counts the whole result.'), '400': err('Malformed parameters, or a cursor of another query.'), '404': err('Unknown `unitId`.') },
      },
    },
    '/cases.ndjson': {
      get: {
        tags: tags('cases'), operationId: 'casesNdjson', summary: 'Dossiers, streamed',
        description: 'The same records as `GET /cases`, one `CaseFile` JSON per line, streamed at the pace the client reads.',
        parameters: periodParams,
        responses: { '200': { description: 'One CaseFile per line.', content: { 'application/x-ndjson': { schema: ref('CaseFile') } } }, ...periodErrors },
      },
    },
    '/cases/{code}/status': {
      get: {
        tags: tags('cases'), operationId: 'caseStatus', summary: 'What a citizen may see about a dossier',
        parameters: [{ name: 'code', in: 'path', required: true, schema: ref('DossierCode') }],
        responses: { '200': jsonBody(ref('CasePublicStatus'), 'Public fields only.'), '400': err('The code is not a dossier code.'), '404': err('No dossier with this code.') },
      },
    },
    '/petitions': {
      get: {
        tags: tags('petitions'), operationId: 'petitions', summary: 'Petitions (PAKN) received in a period',
        parameters: periodParams,
        responses: { '200': jsonBody(ref('PetitionList'), 'Oldest first.'), ...periodErrors },
      },
    },
    ...exportPaths(),
    ...adminPaths(),
  };
}

/** The CSV exports of server/export.ts (the reference server's, not part of what widgets need). */
function exportPaths(): Obj {
  const params: Json[] = [
    { name: 'period', in: 'query', required: false, schema: { type: 'string' }, description: 'A named local period: `2026`, `2026-Q2`, `2026-03`, `2026-W10` or `2026-03-04`. Instead of `from`/`to`; without either, the current month so far.' },
    { name: 'from', in: 'query', required: false, schema: { type: 'string' }, description: 'Start (inclusive): ISO 8601 date-time or local date `YYYY-MM-DD`.' },
    { name: 'to', in: 'query', required: false, schema: { type: 'string' }, description: 'End (exclusive): ISO 8601 date-time or local date; default now.' },
    { $ref: '#/components/parameters/UnitId' },
    { name: 'lang', in: 'query', required: false, schema: { enum: ['vi', 'en'], default: 'vi' }, description: 'Language of the header row and of labels.' },
    { name: 'delimiter', in: 'query', required: false, schema: { enum: ['comma', 'semicolon'], default: 'comma' }, description: '`semicolon` also writes decimal commas, for Excel with Vietnamese regional settings.' },
  ];
  const csv = (description: string): Obj => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
  const errors: Obj = { '400': err('A malformed parameter, or `from` after `to`.'), '404': err('Unknown `unitId`.') };
  return {
    '/export/ratings.csv': {
      get: {
        tags: ['export'], operationId: 'exportRatings', summary: 'Stored ratings of a period as CSV',
        description: 'One row per rating, oldest first, with unit, counter, officer and procedure names, the level and reasons in words. UTF-8 with a byte order mark, CRLF, RFC 4180 quoting; cells starting with `=`, `+`, `-` or `@` are prefixed with `\'`.',
        parameters: params,
        responses: { '200': csv('The ratings (`Content-Disposition: attachment`).'), ...errors },
      },
    },
    '/export/kpis.csv': {
      get: {
        tags: ['export'], operationId: 'exportKpis', summary: 'KPIs of a period as CSV',
        description: 'One row per group and a total row, one column per metric (rates in percent), computed by the widgets\' KPI engine over the stored dossiers, ratings and petitions.',
        parameters: [
          ...params,
          { name: 'groupBy', in: 'query', required: false, schema: { type: 'string', default: 'unit' }, description: 'One or two of `unit`, `field`, `procedure`, `officer`, `channel`, `counter`, `service`, `day`, `week`, `month`, `quarter`, `year`, comma-separated.' },
          { name: 'metrics', in: 'query', required: false, schema: { type: 'string' }, description: 'Comma-separated metric ids (`src/core/kpi/metrics.ts`); default received, resolved, resolvedOnTimeRate, onTimeRate, openLate, onlineShare, avgResolutionDays, ratings, satisfactionRate, petitions, petitionOnTimeRate, score766.' },
        ],
        responses: { '200': csv('The KPIs (`Content-Disposition: attachment`).'), ...errors },
      },
    },
  };
}

function adminPaths(): Obj {
  const servers: Json[] = [{ url: 'http://127.0.0.1:8787', description: 'Reference server started with --admin (tests only)' }];
  const post = (operationId: string, summary: string, body: string, result: Obj): Obj => ({
    post: {
      tags: ['admin'], operationId, summary, servers,
      requestBody: { required: false, content: { 'application/json': { schema: ref(body) } } },
      responses: { '200': jsonBody(result, 'Done.'), '400': err('Invalid options.') },
    },
  });
  return {
    '/__admin/faults': post('adminFaults', 'Configure fault injection for /api/v1 requests (`{}` clears)', 'FaultConfig', { type: 'object', properties: { ok: { type: 'boolean' }, seed: { type: 'integer' }, faults: ref('FaultConfig') } }),
    '/__admin/reset': post('adminReset', 'Wipe and reseed the database; clears faults, counters and streams', 'ResetOptions', { type: 'object', properties: { ok: { type: 'boolean' }, seed: { type: 'string' }, cases: { type: 'integer' }, ratings: { type: 'integer' } } }),
    '/__admin/state': { get: { tags: ['admin'], operationId: 'adminState', summary: 'Counters for tests', servers, responses: { '200': jsonBody(ref('AdminState'), 'Current counters.') } } },
    '/__admin/sse/kill': post('adminSseKill', 'Close every open queue stream', 'KillOptions', { type: 'object', properties: { ok: { type: 'boolean' }, closed: { type: 'integer' } } }),
    '/__admin/queue/epoch': post('adminQueueEpoch', 'Replace the queue state with a new epoch (as a restart with a new state would)', 'EpochOptions', { type: 'object', properties: { ok: { type: 'boolean' }, epochs: { type: 'object', additionalProperties: { type: 'string' } }, closed: { type: 'integer' } } }),
  };
}

/** The OpenAPI 3.1 document of the HTTP contract, as a plain object. */
export function openApiDocument(): Obj {
  return {
    openapi: '3.1.0',
    info: {
      title: 'hcc-widgets HTTP contract',
      version: '1.0.0',
      description: 'What a one-stop information system implements so hcc-widgets can use it as a back end (docs/http-contract.md). JSON in UTF-8, camelCase fields, ISO 8601 time stamps with an offset. Every non-2xx response has the body `{"error": {"code", "message"}}`. Generated by server/gen-openapi.ts from src/data/schemas.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8787/api/v1', description: 'Reference server (`npm run serve`)' }],
    tags: [
      { name: 'service' }, { name: 'org' }, { name: 'procedures' }, { name: 'queue' }, { name: 'ratings' }, { name: 'cases' }, { name: 'petitions' }, { name: 'export' },
      { name: 'admin', description: 'Fault injection and test controls of the reference server (`--admin`), outside /api/v1.' },
    ],
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      parameters: {
        From: { name: 'from', in: 'query', required: false, schema: ref('IsoDateTime'), description: 'Start of the period, inclusive.' },
        To: { name: 'to', in: 'query', required: false, schema: ref('IsoDateTime'), description: 'End of the period, exclusive.' },
        UnitId: { name: 'unitId', in: 'query', required: false, schema: ref('Id'), description: 'A unit; the units below it in the tree are included.' },
        QueueUnit: { name: 'unitId', in: 'path', required: true, schema: ref('Id'), description: 'A unit with counters.' },
      },
      responses: {
        Error: { description: 'An error.', content: { 'application/json': { schema: ref('ApiError') } } },
      },
    },
  };
}

// ---- YAML -------------------------------------------------------------------------------------

const PLAIN_KEY = /^[A-Za-z_$][\w$.-]*$|^\/[\w/{}.-]*$/;
const PLAIN_VALUE = /^[A-Za-z_][\w .,()/-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

function key(k: string): string {
  return PLAIN_KEY.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
}

function scalar(v: Json, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = v as string;
  if (s.includes('\n')) return `|-\n${s.split('\n').map((l) => (l ? indent + l : '')).join('\n')}`;
  return PLAIN_VALUE.test(s) && !RESERVED.test(s) && !s.endsWith(' ') && !s.includes(': ') ? s : JSON.stringify(s);
}

function isEmpty(v: Json): boolean {
  return (Array.isArray(v) && v.length === 0) || (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);
}

function emit(v: Json, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (item !== null && typeof item === 'object' && !isEmpty(item)) {
        const lines: string[] = [];
        emit(item, `${indent}  `, lines);
        out.push(`${indent}- ${lines[0]!.slice(indent.length + 2)}`, ...lines.slice(1));
      } else out.push(`${indent}- ${isEmpty(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item, `${indent}  `)}`);
    }
    return;
  }
  for (const [k, x] of Object.entries(v as Obj)) {
    if (x !== null && typeof x === 'object' && !isEmpty(x)) {
      out.push(`${indent}${key(k)}:`);
      emit(x, Array.isArray(x) ? indent : `${indent}  `, out);
    } else out.push(`${indent}${key(k)}: ${isEmpty(x) ? (Array.isArray(x) ? '[]' : '{}') : scalar(x, `${indent}  `)}`);
  }
}

/** Serialises JSON-compatible data as block-style YAML. */
export function toYaml(v: Json): string {
  const out: string[] = [];
  emit(v, '', out);
  return `${out.join('\n')}\n`;
}

/** The text of docs/openapi.yaml. */
export function openApiYaml(): string {
  return `# Generated by \`npx tsx server/gen-openapi.ts\` from src/data/schemas and server/openapi.ts; do not edit by hand.\n${toYaml(openApiDocument())}`;
}
