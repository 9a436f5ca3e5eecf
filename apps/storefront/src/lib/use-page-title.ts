import { createContext, useContext, useEffect } from 'react';

/** Where a page hands its own title (a product's name, the words searched) to the layout, which writes it. */
export const PageTitleContext = createContext<(title: string | null) => void>(() => undefined);

/**
 * The browser tab's title while this page shows; null (still loading, nothing to name) leaves the title of the
 * page's kind ("商品详情"). The layout adds the brand.
 */
export function usePageTitle(title: string | null | undefined): void {
  const setTitle = useContext(PageTitleContext);
  useEffect(() => {
    setTitle(title || null);
    return () => setTitle(null);
  }, [setTitle, title]);
}
