import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, COUNTIES } from '@bangfu/contracts';

const COUNTY_EN = new Map<string, string>(COUNTIES.map((c) => [c.code, c.nameEn]));
const COUNTY_ZH = new Map<string, string>(COUNTIES.map((c) => [c.code, c.name]));
const CATEGORY_EN = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.nameEn]));
const CATEGORY_ZH = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.name]));

/** County names in the current language; the API names them in Chinese. */
export function useCountyName(): (code: string, chinese?: string) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (code, chinese) => (english ? COUNTY_EN.get(code) : undefined) ?? chinese ?? COUNTY_ZH.get(code) ?? code,
    [english],
  );
}

export function useCategoryName(): (code: string, chinese?: string) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (code, chinese) => (english ? CATEGORY_EN.get(code) : undefined) ?? chinese ?? CATEGORY_ZH.get(code) ?? code,
    [english],
  );
}
