/** Groups items by a key, keeping first-seen order (or the given key order, dropping empty groups). */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K, order?: readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>(order?.map((k) => [k, []]));
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const [key, group] of groups) if (!group.length) groups.delete(key);
  return groups;
}
