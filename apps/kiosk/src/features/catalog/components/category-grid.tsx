import { SpinLoading } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../api/get-categories';

export function CategoryGrid() {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  // Failed loads are retried without end (see query-client); until one succeeds the screen says it is loading.
  if (!categories.data) {
    return (
      <div className="kiosk-loading" role="status">
        <SpinLoading color="primary" style={{ '--size': '64px' }} />
        <span>{t('common.loading')}</span>
      </div>
    );
  }

  const english = i18n.language === 'en';
  return (
    <ul className="kiosk-categories">
      {categories.data.map((category) => (
        <li key={category.code} className="kiosk-category">
          <span className="kiosk-category-mark" aria-hidden="true">
            {category.name.slice(0, 1)}
          </span>
          <span className="kiosk-category-name">{english ? category.nameEn : category.name}</span>
          <span className="kiosk-category-count">{t('common.productCount', { count: category.productCount })}</span>
        </li>
      ))}
    </ul>
  );
}
