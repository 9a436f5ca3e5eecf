/** Graded gain: a grade-3 hit is worth seven grade-1 hits, so the best products must come first. */
export function gain(grade: number): number {
  return 2 ** grade - 1;
}

/** Discounted cumulative gain of the first k grades, in rank order (unjudged results are grade 0). */
export function dcgAt(k: number, grades: readonly number[]): number {
  return grades.slice(0, k).reduce((sum, grade, rank) => sum + gain(grade) / Math.log2(rank + 2), 0);
}

/**
 * NDCG@k of a ranking against every judged product of the query, so missing a relevant product
 * costs as much as ranking it low. Null when nothing is judged relevant: the score is undefined.
 */
export function ndcgAt(k: number, rankedGrades: readonly number[], judgedGrades: readonly number[]): number | null {
  const ideal = dcgAt(k, [...judgedGrades].sort((a, b) => b - a));
  return ideal > 0 ? dcgAt(k, rankedGrades) / ideal : null;
}
