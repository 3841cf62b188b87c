/**
 * Vitest 5 targets Node 22 and calls Map.groupBy (Node 21+) when it reports a failed suite.
 * CI and this machine run Node 20, where a failing suite would otherwise crash the reporter
 * and hide the real error. Loaded by the Vitest configs only.
 */
const MapWithGroupBy = Map as MapConstructor & {
  groupBy?: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
};
MapWithGroupBy.groupBy ??= <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};
