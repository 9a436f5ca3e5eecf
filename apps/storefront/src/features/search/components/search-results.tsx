import InfiniteScroll from 'antd-mobile/es/components/infinite-scroll';
import { useTranslation } from 'react-i18next';
import type { SearchResponse } from '@bangfu/contracts';
import { EmptyState, LoadError, Loading } from '../../../components/query-status';
import type { useSearchProducts } from '../api/search-products';
import { ProductCard } from './product-card';

type SearchResult = ReturnType<typeof useSearchProducts>;

/** Cards whose pictures are on a phone's first screen and load at once. */
const FIRST_SCREEN_HITS = 5;

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
        {hits.map((hit, index) => (
          <li key={hit.id}>
            <ProductCard hit={hit} lazy={index >= FIRST_SCREEN_HITS} />
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
