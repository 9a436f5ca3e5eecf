/**
 * The first `count` items in `compare` order, sorted, without sorting everything: a bounded
 * max-heap keeps the best `count` seen so far (n log count instead of n log n for a page out of
 * 200,000 matches).
 */
export function selectTop<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count <= 0) return [];
  // Deep pages take most of the list anyway: a plain sort is simpler and as fast there.
  if (count * 4 >= items.length) return [...items].sort(compare).slice(0, count);

  const heap: T[] = [];
  const worseThan = (i: number, j: number) => compare(heap[i], heap[j]) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const siftDown = (from: number) => {
    for (let i = from; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worseThan(left, worst)) worst = left;
      if (right < heap.length && worseThan(right, worst)) worst = right;
      if (worst === i) return;
      swap(i, worst);
      i = worst;
    }
  };

  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worseThan(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}
