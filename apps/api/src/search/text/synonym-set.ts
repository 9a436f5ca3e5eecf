/** Groups of words shoppers use for the same thing; the association edits them at runtime. */
export type SynonymGroupList = readonly (readonly string[])[];

export const DEFAULT_SYNONYMS: SynonymGroupList = [
  ['香菇', '花菇', '冬菇'],
  ['木耳', '黑木耳'],
  ['土蜂蜜', '蜂蜜', '百花蜜'],
  ['猕猴桃', '奇异果'],
  ['魔芋', '蒟蒻'],
  ['腊肉', '熏肉'],
  ['洋芋', '土豆', '马铃薯'],
  ['板栗', '栗子'],
  ['乌鸡', '乌骨鸡'],
];

/** Expands words with every word that shares a group with them. Immutable: replace the set to change it. */
export class SynonymSet {
  private readonly synonymsByWord = new Map<string, string[]>();

  /** Words are taken as given: normalize them first (TextNormalizer.replaceSynonyms does). */
  constructor(readonly groups: SynonymGroupList) {
    for (const group of groups) {
      for (const word of group) {
        const known = this.synonymsByWord.get(word) ?? [];
        const added = group.filter((other) => other !== word && !known.includes(other));
        this.synonymsByWord.set(word, [...known, ...added]);
      }
    }
  }

  /** Every word of every group. */
  get words(): string[] {
    return [...this.synonymsByWord.keys()];
  }

  /** The words themselves first, then their synonyms, each once. */
  expand(words: readonly string[]): string[] {
    const expanded = new Set(words);
    for (const word of words) {
      for (const synonym of this.synonymsByWord.get(word) ?? []) expanded.add(synonym);
    }
    return [...expanded];
  }
}
