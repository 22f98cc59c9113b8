/**
 * The first `count` items in the order `compare` gives, exactly as a stable sort of them all and a slice
 * would give them, without sorting them all: a document has thousands of neighbours and shows five.
 */
export function firstInOrder<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (count <= 0) return first;
  for (const item of items) {
    if (first.length === count && compare(item, first[count - 1]!) >= 0) continue;
    // An item equal to one kept goes after it, where a stable sort puts it.
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1]!) < 0) at--;
    first.splice(at, 0, item);
    if (first.length > count) first.pop();
  }
  return first;
}
