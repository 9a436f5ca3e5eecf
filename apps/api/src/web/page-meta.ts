import type { PublicProductView } from '@bangfu/contracts';

/** What a shared link shows (WeChat, QQ, search engines): read from the page's head before any script runs. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute, as link previews need. */
  imageUrl?: string;
}

export type PageMetaOf = (path: string, query: Record<string, unknown>) => Promise<PageMeta>;

const BRAND = '帮扶集市';
const HOME: PageMeta = { title: `${BRAND} · 汉中消费帮扶产品`, description: '汉中市认定的消费帮扶产品：茶叶、香菇、木耳、黑米、蜂蜜……每一笔都带动脱贫户增收。' };
const PRODUCT_PATH = /^\/products\/(\d{1,9})$/;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The storefront's pages: a product by its name, picture and description, a search by its words. */
export function storefrontPageMeta(product: (id: number) => Promise<PublicProductView>, publicUrl: string): PageMetaOf {
  return async (path, query) => {
    const productId = PRODUCT_PATH.exec(path)?.[1];
    if (productId) {
      const found = await product(Number(productId)).catch(() => null);
      if (!found) return HOME;
      const image = found.images[0];
      return {
        title: `${found.name} · ${BRAND}`,
        description: `${found.county.name}${found.originTown} · ${found.supplier.name}。${found.description}`.slice(0, 120),
        imageUrl: image ? new URL(image, publicUrl).href : undefined,
      };
    }
    if (path === '/search' && typeof query.q === 'string' && query.q.trim()) {
      const words = query.q.trim().slice(0, 30);
      return { title: `“${words}”的搜索结果 · ${BRAND}`, description: `在${BRAND}搜索“${words}”：汉中认定的消费帮扶产品。` };
    }
    return HOME;
  };
}

/** The page's title and share tags in place of the title the build wrote. */
export function withPageMeta(html: string, meta: PageMeta): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:type" content="website" />`,
    ...(meta.imageUrl ? [`<meta property="og:image" content="${escapeHtml(meta.imageUrl)}" />`] : []),
  ].join('\n    ');
  return html.replace(/<title>[^<]*<\/title>/, tags);
}
