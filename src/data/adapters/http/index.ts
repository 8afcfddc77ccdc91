export { HttpSource, type HttpSourceOptions, type QueueStreamOptions } from './http-source.js';
export { HttpClient, readJson, errorFromResponse, type HttpClientOptions, type RequestOptions, type OpenStream, type Query } from './http-client.js';
export { openSse, type SseOptions, type SseMessage, type SseData, type SseSchemas, type SseHandle } from './sse.js';
export { SseParser, type SseEvent, type SseParserHandlers } from './sse-parser.js';
export { readNdjson, NDJSON_CHUNK, type NdjsonOptions } from './ndjson.js';
export {
  systemClock, browserConnectivity, fullJitter, equalJitter, backoffCeiling, sleep,
  type Connectivity, type BackoffOptions,
} from './runtime.js';
