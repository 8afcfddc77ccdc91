/**
 * The KPI module worker: holds case columns and answers KPI queries off the main thread. Started by
 * `KpiWorkerClient` as `new Worker(new URL('./kpi.worker.ts', import.meta.url), { type: 'module' })`;
 * speaks the messages of `kpi-protocol.ts`.
 */
import { KpiHost } from './kpi-host.js';
import type { KpiRequest, KpiResponse } from './kpi-protocol.js';

// Typed by hand: the project compiles against the DOM library, whose globals differ from a worker's.
const scope = globalThis as unknown as {
  postMessage(message: KpiResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<KpiRequest>) => void): void;
};

const host = new KpiHost((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.addEventListener('message', (e) => {
  void host.handle(e.data);
});
