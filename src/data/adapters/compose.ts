import type { DataSource } from '../ports.js';

/** Names of the port methods a composed source can take from a part. */
export const PORT_METHODS = ['org', 'procedures', 'procedure', 'snapshot', 'subscribe', 'command', 'submitBatch', 'ratings', 'cases', 'caseStatus', 'petitions'] as const;
export type PortMethod = (typeof PORT_METHODS)[number];

/**
 * Port methods that replace the base source's. Either loose functions (`{procedures, procedure}`) or
 * an adapter object such as a `StaticProcedureSource`, whose `kind` then names it.
 */
export type SourceParts = Partial<Pick<DataSource, PortMethod>> & { readonly kind?: string };

/**
 * A source that answers with `parts` where given and with `base` everywhere else, e.g. a static
 * procedure catalogue over the embedded local source. `kind` joins both names (`static+local`);
 * parts without a `kind` are called `custom`. Methods keep their owners as `this`.
 */
export function composeSources(base: DataSource, parts: SourceParts): DataSource {
  const provided = PORT_METHODS.filter((m) => typeof parts[m] === 'function');
  const kind = provided.length === 0 ? base.kind : `${parts.kind ?? 'custom'}+${base.kind}`;
  const from = <K extends PortMethod>(m: K): DataSource[K] => {
    const own = parts[m];
    return (typeof own === 'function' ? own.bind(parts) : base[m].bind(base)) as DataSource[K];
  };
  return {
    kind,
    org: from('org'),
    procedures: from('procedures'),
    procedure: from('procedure'),
    snapshot: from('snapshot'),
    subscribe: from('subscribe'),
    command: from('command'),
    submitBatch: from('submitBatch'),
    ratings: from('ratings'),
    cases: from('cases'),
    caseStatus: from('caseStatus'),
    petitions: from('petitions'),
  };
}
