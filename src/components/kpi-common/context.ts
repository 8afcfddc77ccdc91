import { createContext } from '@lit/context';
import type { Clock } from '../../core/time/index.js';
import type { KpiRunner } from '../../controllers/kpi-data-runner.js';

/**
 * Defaults a `<hcc-kpi-wall>` gives every KPI element inside it (in its pages or its own shadow
 * root): the period, unit, refresh interval, data source, clock and runner, and kiosk mode. An
 * element's own attributes win, except kiosk mode, which the wall enforces on every tile it shows.
 */
export interface KpiScope {
  period?: string;
  from?: string;
  to?: string;
  unitId?: string;
  refresh?: string;
  api?: string;
  kiosk: boolean;
  clock?: Clock;
  runner?: KpiRunner;
  /** Every tile on a wall is read from metres away. */
  board: boolean;
  /** The wall's theme, for tiles without a theme of their own. */
  theme?: 'light' | 'dark' | 'contrast' | 'auto';
}

/** Context key of {@link KpiScope}. */
export const kpiScopeContext = createContext<KpiScope | undefined>(Symbol.for('hcc-kpi-scope'));
