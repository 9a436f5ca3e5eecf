import { useSearchParams } from 'react-router';

const PAGE_SIZE = 20;

/** The tab and the page in the query string, so a reload, the back button or a shared link show the same view. */
export function useQueueParams<K extends string>(tabs: readonly K[], fallback: K) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = tabs.find((k) => k === asked) ?? fallback;
  const page = Math.max(1, Math.trunc(Number(params.get('page'))) || 1);
  const pageSize = Number(params.get('pageSize')) || PAGE_SIZE;
  return {
    tab,
    page,
    pageSize,
    setTab: (next: K) => setParams({ tab: next }),
    setPage: (nextPage: number, nextSize: number) =>
      setParams({ tab, page: String(nextSize === pageSize ? nextPage : 1), ...(nextSize === PAGE_SIZE ? {} : { pageSize: String(nextSize) }) }),
  };
}
