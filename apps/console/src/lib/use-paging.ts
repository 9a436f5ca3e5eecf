import { useState } from 'react';

/** Which page of a server-paged list is shown, and how the pagination control and the filters move it. */
export function usePaging(initialPageSize = 20) {
  const [paging, setPaging] = useState({ page: 1, pageSize: initialPageSize });
  return {
    ...paging,
    /** A new filter starts again at the first page. */
    reset: () => setPaging((p) => ({ ...p, page: 1 })),
    /** For the pagination control: a new page size starts again at the first page too. */
    onChange: (page: number, pageSize: number) => setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize })),
    /** Called with the list's total during render: a decision that empties the last page steps back to the one before. */
    stayWithin: (total: number | undefined) => {
      const lastPage = Math.max(1, Math.ceil((total ?? 0) / paging.pageSize));
      if (total !== undefined && paging.page > lastPage) setPaging((p) => ({ ...p, page: lastPage }));
    },
  };
}
