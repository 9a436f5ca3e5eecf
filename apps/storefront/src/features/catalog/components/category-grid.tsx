import Grid from 'antd-mobile/es/components/grid';
import { Link } from 'react-router';
import { CategoryTile } from '@bangfu/ui';
import { LoadError, Loading } from '../../../components/query-status';
import { useCategories } from '../api/get-categories';

export function CategoryGrid() {
  const categories = useCategories();
  if (categories.isPending) return <Loading />;
  if (categories.isError) return <LoadError error={categories.error} onRetry={() => void categories.refetch()} />;

  return (
    <Grid columns={4} gap={8}>
      {categories.data.map((category) => (
        <Grid.Item key={category.code}>
          <Link to={`/search?category=${encodeURIComponent(category.code)}`} className="category">
            <CategoryTile category={category} classPrefix="category" />
          </Link>
        </Grid.Item>
      ))}
    </Grid>
  );
}
