/**
 * The public results block of the demo: `<hcc-kpi-results>` computed from the embedded local source
 * (or `?api=`), and the same block reading a published results document.
 */
import '../src/kpi.js';
import type { HccKpiResults } from '../src/components/kpi-results/kpi-results.js';

const q = new URLSearchParams(location.search);
if (q.get('lang')) document.documentElement.lang = q.get('lang')!;
const computed = document.getElementById('computed') as HccKpiResults | null;
if (computed) {
  if (q.get('period')) computed.period = q.get('period')!;
  if (q.get('api')) computed.api = q.get('api')!;
}
