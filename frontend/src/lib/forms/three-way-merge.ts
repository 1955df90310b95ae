/**
 * What the user typed merged into what someone else saved meanwhile, field by field, against what the user
 * started from: a field the user left alone takes the stored value, a field only the user changed keeps theirs,
 * and only a field both changed, to different values, is a conflict (it keeps the user's value, so nothing typed
 * is lost; the user decides).
 */
export type ThreeWayMerge<V> = {
  merged: V;
  /** Fields someone else changed that the user left alone: the stored value is taken. */
  takenFromStored: (keyof V & string)[];
  /** Fields both changed to different values: the user's value is kept until they choose. */
  conflicts: (keyof V & string)[];
};

/** Values are compared by content, so lists (a report's links) compare by what they hold. */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function mergeThreeWay<V extends object>(base: V, mine: V, stored: V): ThreeWayMerge<V> {
  const merged = { ...stored };
  const takenFromStored: (keyof V & string)[] = [];
  const conflicts: (keyof V & string)[] = [];
  for (const field of Object.keys(stored) as (keyof V & string)[]) {
    const mineChanged = !same(base[field], mine[field]);
    const storedChanged = !same(base[field], stored[field]);
    if (mineChanged) merged[field] = mine[field];
    if (storedChanged && !mineChanged) takenFromStored.push(field);
    if (storedChanged && mineChanged && !same(mine[field], stored[field])) conflicts.push(field);
  }
  return { merged, takenFromStored, conflicts };
}
