import { InfiniteScroll } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { SearchResponse } from '@bangfu/contracts';
import { EmptyState, LoadError, Loading } from '../../../components/query-status';
import type { useSearchProducts } from '../api/search-products';
import { ProductCard } from './product-card';

type SearchResult = ReturnType<typeof useSearchProducts>;

/** The hits of every loaded page; the next page loads as the list's end scrolls into view. */
export function SearchResults({ search }: { search: SearchResult }) {
  const { t } = useTranslation();
  if (search.isPending) return <Loading />;
  if (search.isError) return <LoadError error={search.error} onRetry={() => void search.refetch()} />;

  const pages: SearchResponse[] = search.data.pages;
  const hits = pages.flatMap((page) => page.items);
  const total = pages[0]?.total ?? 0;
  if (hits.length === 0) return <EmptyState title={t('search.noResults')} />;

  return (
    <>
      <p className="result-count">{t('search.total', { count: total })}</p>
      <ul className="product-list">
        {hits.map((hit) => (
          <li key={hit.id}>
            <ProductCard hit={hit} />
          </li>
        ))}
      </ul>
      <InfiniteScroll
        hasMore={search.hasNextPage}
        loadMore={async () => {
          // A failed page stops the automatic loading and offers a retry instead of an endless spinner.
          const result = await search.fetchNextPage();
          if (result.isError) throw result.error;
        }}
      >
        {(hasMore, failed, retry) =>
          failed ? (
            <LoadError error={search.error} onRetry={retry} />
          ) : hasMore ? (
            <Loading />
          ) : (
            <span className="list-end">{t('search.end')}</span>
          )
        }
      </InfiniteScroll>
    </>
  );
}
