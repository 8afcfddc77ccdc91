/**
 * Data of the procedure and dossier stories: the demo catalogue (real national codes, src/data/seed),
 * the made-up test record with several execution cases (code 9.900001), dossiers in every lifecycle
 * state, and memory sources over them. Stories never call a network.
 */
import { MemorySource } from '../src/data/adapters/memory/index.js';
import { setDefaultSource } from '../src/data/registry.js';
import { demoProcedures, halongOrg } from '../src/data/seed/index.js';
import type { Procedure } from '../src/data/schemas/procedure.js';
import { LONG_RECORD } from '../test/components/procedure-helpers.js';
import { ALL_CASES, CASES, NOW } from '../test/components/dossier-fixtures.js';

export { LONG_RECORD, CASES, NOW };

/** The catalogue of the stories. */
export function storyCatalogue(): Procedure[] {
  return [...demoProcedures(), LONG_RECORD];
}

/** A memory source with the story catalogue and dossiers. */
export function storySource(): MemorySource {
  return new MemorySource({ org: halongOrg(), procedures: storyCatalogue(), cases: ALL_CASES });
}

/** A source that never answers (the loading state). */
export class PendingSource extends MemorySource {
  override procedures(): Promise<Procedure[]> {
    return new Promise(() => {});
  }
  override procedure(): Promise<Procedure> {
    return new Promise(() => {});
  }
}

/** Uses `source` (default: a fresh story source) as the page default for the story. */
export function useSource(source: MemorySource = storySource()): void {
  setDefaultSource(source);
}
