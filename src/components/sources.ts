/** Looks up cited sources, failing the build with the fix when an id is not in sources.csv. */
import { getDataset } from '../data/load';
import type { Source } from '../data/schema/index';

function sourceOf(id: string): Source {
  const source = getDataset().sources.find((s) => s.id === id);
  if (!source)
    throw new Error(
      `Source "${id}" is cited on a page but is not in data/sources.csv. Add a row for it there, or cite an existing source id.`,
    );
  return source;
}

export const sourcesOf = (ids: readonly string[]): Source[] => [...new Set(ids)].map(sourceOf);
