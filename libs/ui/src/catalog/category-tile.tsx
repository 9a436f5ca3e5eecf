import { useTranslation } from 'react-i18next';
import type { CategoryView } from '@bangfu/contracts';

export interface CategoryTileProps {
  category: CategoryView;
  /** The app's class for the tile; its parts are `<prefix>-mark`, `<prefix>-name` and `<prefix>-count`. */
  classPrefix: string;
}

/** A category as every app shows it: its first character as a mark, its name in the reader's language, its product count. */
export function CategoryTile({ category, classPrefix }: CategoryTileProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className={`${classPrefix}-mark`} aria-hidden="true">
        {category.name.slice(0, 1)}
      </span>
      <span className={`${classPrefix}-name`}>{i18n.language === 'en' ? category.nameEn : category.name}</span>
      <span className={`${classPrefix}-count`}>{t('common.productCount', { count: category.productCount })}</span>
    </>
  );
}
