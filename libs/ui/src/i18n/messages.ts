export interface Messages {
  [key: string]: string | Messages;
}

/** A tree of texts in both languages; zh-CN, written first, is the reference the English follows. */
export interface Bilingual<ZhCN = Messages> {
  'zh-CN': ZhCN;
  en: Messages;
}

type TextKey<ZhCN, K extends keyof ZhCN> = ZhCN[K] extends string ? K : never;

/**
 * The English a zh-CN tree asks for: every key, and no other. Chinese has one form for every count; English
 * may give a counted text as `key_one` and `key_other` instead of `key` (i18next picks the form by `count`).
 */
type EnglishFor<ZhCN, En> = {
  [K in keyof ZhCN & string as K extends TextKey<ZhCN, K> ? (`${K}_other` extends keyof En ? `${K}_one` | `${K}_other` : K) : K]: ZhCN[K] extends string
    ? string
    : EnglishFor<ZhCN[K], K extends keyof En ? En[K] : unknown>;
} & { [K in Exclude<keyof En, EnglishKey<ZhCN>>]: never };

type EnglishKey<ZhCN> = { [K in keyof ZhCN & string]: K extends TextKey<ZhCN, K> ? K | `${K}_one` | `${K}_other` : K }[keyof ZhCN & string];

/** Declares a feature's texts; the compiler checks that the English has every zh-CN key and nothing else. */
export function defineMessages<ZhCN extends Messages, En extends EnglishFor<ZhCN, En>>(messages: { 'zh-CN': ZhCN; en: En }): Bilingual<ZhCN> {
  return messages;
}

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/**
 * One tree per language out of several, built the same way in every app. Each part owns its top-level keys:
 * a key defined twice would silently hide one of the texts, so it fails at start instead.
 */
export function mergeMessages<Parts extends Bilingual<object>[]>(...parts: Parts): Bilingual<Intersection<Parts[number]['zh-CN']>> {
  const merge = (language: keyof Bilingual) => {
    const merged: Messages = {};
    for (const part of parts) {
      for (const [key, value] of Object.entries(part[language])) {
        if (key in merged) throw new Error(`i18n: "${key}" is defined twice in ${language}`);
        merged[key] = value as string | Messages;
      }
    }
    return merged;
  };
  return { 'zh-CN': merge('zh-CN') as Intersection<Parts[number]['zh-CN']>, en: merge('en') };
}
