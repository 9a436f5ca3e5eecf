import { Grid } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../../components/query-status';
import { useCategories } from '../api/get-categories';

export function CategoryGrid() {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  if (categories.isPending) return <Loading />;
  if (categories.isError) return <LoadError error={categories.error} onRetry={() => void categories.refetch()} />;

  const english = i18n.language === 'en';
  return (
    <Grid columns={4} gap={8}>
      {categories.data.map((category) => (
        <Grid.Item key={category.code}>
          <Link to={`/search?category=${encodeURIComponent(category.code)}`} className="category">
            <span className="category-mark" aria-hidden="true">
              {category.name.slice(0, 1)}
            </span>
            <span className="category-name">{english ? category.nameEn : category.name}</span>
            <span className="category-count">{t('common.productCount', { count: category.productCount })}</span>
          </Link>
        </Grid.Item>
      ))}
    </Grid>
  );
}
