import { SpinLoading } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { CategoryTile } from '@bangfu/ui';
import { useCategories } from '../api/get-categories';

export function CategoryGrid() {
  const { t } = useTranslation();
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

  return (
    <ul className="kiosk-categories">
      {categories.data.map((category) => (
        <li key={category.code} className="kiosk-category">
          <CategoryTile category={category} classPrefix="kiosk-category" />
        </li>
      ))}
    </ul>
  );
}
