import {
  imageSources,
  queryString,
  SEARCH_PAGE_SIZE,
  searchPageFilters,
  searchPageQuery,
  STOREFRONT_IMAGES,
  type CertificateCheck,
  type HomeView,
  type PublicProductView,
  type SearchQuery,
  type SearchResponse,
} from '@bangfu/contracts';
import type { AppManifest } from './app-manifest';

/** What a shared link shows (WeChat, QQ, search engines): read from the page's head before any script runs. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute, as link previews need. */
  imageUrl?: string;
}

/**
 * What the first screen of a page needs, fetched by the browser as soon as it reads the head rather than after
 * the scripts have run and asked for it: the page's code, its data and its first picture.
 */
export type Preload =
  | { kind: 'module'; href: string }
  | { kind: 'data'; href: string }
  | { kind: 'image'; href: string; srcset?: string; sizes?: string };

export interface PageHead {
  meta: PageMeta;
  preloads: Preload[];
}

export type PageHeadOf = (path: string, query: Record<string, unknown>) => Promise<PageHead>;

/** What the storefront's first screens show, read in process as the API answers it. */
export interface StorefrontSources {
  product(id: number): Promise<PublicProductView>;
  home(): Promise<HomeView>;
  search(query: SearchQuery): Promise<SearchResponse>;
  certificate(no: string): Promise<CertificateCheck>;
}

const BRAND = '帮扶集市';
const HOME: PageMeta = { title: `${BRAND} · 汉中消费帮扶产品`, description: '汉中市认定的消费帮扶产品：茶叶、香菇、木耳、黑米、蜂蜜……每一笔都带动脱贫户增收。' };
const PRODUCT_PATH = /^\/products\/(\d{1,9})$/;
const VERIFY_PATH = /^\/verify\/([^/]{1,32})$/;
/** What a shared link to a certificate check says before it is opened. */
const CHECK_STATUS = { valid: '证书有效', suspended: '已暂停', revoked: '已撤销', expired: '已过期' } as const;

/** Source modules of the storefront (keys of its build manifest) that pages load after the first script. */
const MODULES = {
  productPage: 'src/app/routes/product.tsx',
  searchPage: 'src/app/routes/search.tsx',
  verifyPage: 'src/app/routes/verify.tsx',
  /** Texts of every page past home, loaded with the first of them. */
  pageMessages: 'src/page-messages.ts',
} as const;

/** Lists every page asks for as it starts, whatever it shows. */
const VOCABULARY = ['/api/categories', '/api/counties'];

const data = (href: string): Preload => ({ kind: 'data', href });

function image(url: string | null | undefined, slot: keyof typeof STOREFRONT_IMAGES): Preload[] {
  if (!url) return [];
  const { src, srcSet, sizes } = imageSources(url, STOREFRONT_IMAGES[slot].width, STOREFRONT_IMAGES[slot].sizes);
  return [{ kind: 'image', href: src, srcset: srcSet, sizes }];
}

/** The storefront's pages: a product by its name and picture, a search by its words, home by its banners and picks. */
export function storefrontHead(sources: StorefrontSources, manifest: AppManifest, publicUrl: string): PageHeadOf {
  const modules = (...keys: (keyof typeof MODULES)[]): Preload[] => manifest.chunksOf(keys.map((key) => MODULES[key])).map((href) => ({ kind: 'module', href }));

  return async (path, query) => {
    const productId = PRODUCT_PATH.exec(path)?.[1];
    if (productId) {
      const found = await sources.product(Number(productId)).catch(() => null);
      if (!found) return { meta: HOME, preloads: [] };
      const picture = found.images[0];
      return {
        meta: {
          title: `${found.name} · ${BRAND}`,
          description: `${found.county.name}${found.originTown} · ${found.supplier.name}。${found.description}`.slice(0, 120),
          imageUrl: picture ? new URL(picture, publicUrl).href : undefined,
        },
        preloads: [...modules('productPage', 'pageMessages'), data(`/api/products/${found.id}`), ...VOCABULARY.map(data), ...image(picture, 'gallery')],
      };
    }
    const certificateNo = VERIFY_PATH.exec(path)?.[1];
    if (certificateNo) {
      const check = await sources.certificate(decodeURIComponent(certificateNo)).catch(() => null);
      if (!check) return { meta: HOME, preloads: [] };
      const subject = check.product ? `${check.product.name} · ${check.holder.name}` : check.holder.name;
      return {
        meta: { title: `证书查验 ${check.no} · ${BRAND}`, description: `${CHECK_STATUS[check.status]}：${subject}，有效期 ${check.validFrom} 至 ${check.validUntil}。` },
        preloads: [...modules('verifyPage', 'pageMessages'), data(`/api/certificates/${encodeURIComponent(check.no)}`), ...VOCABULARY.map(data)],
      };
    }
    if (path === '/search') {
      const filters = searchPageFilters(new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string')));
      const results = await sources.search({ ...filters, page: 1, pageSize: SEARCH_PAGE_SIZE }).catch(() => null);
      const words = filters.q.slice(0, 30);
      return {
        meta: words
          ? { title: `“${words}”的搜索结果 · ${BRAND}`, description: `在${BRAND}搜索“${words}”：汉中认定的消费帮扶产品。` }
          : HOME,
        preloads: [
          ...modules('searchPage', 'pageMessages'),
          data(`/api/search${queryString(searchPageQuery(filters, 1))}`),
          ...VOCABULARY.map(data),
          ...image(results?.items[0]?.imageUrl, 'card'),
        ],
      };
    }
    if (path === '/') {
      const home = await sources.home().catch(() => null);
      const banner = home?.banners[0];
      return {
        meta: HOME,
        preloads: [
          data('/api/home'),
          ...VOCABULARY.map(data),
          // A banner's picture is the largest thing on the first screen; below a drawn banner, the first pick is.
          ...(banner?.imageUrl ? image(banner.imageUrl, 'banner') : image(home?.featured[0]?.imageUrl ?? home?.bestSellers[0]?.imageUrl, 'tile')),
        ],
      };
    }
    return { meta: HOME, preloads: [] };
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function preloadTag(preload: Preload): string {
  const href = escapeHtml(preload.href);
  switch (preload.kind) {
    case 'module':
      return `<link rel="modulepreload" crossorigin href="${href}" />`;
    case 'data':
      // Same mode and credentials as the app's fetch, so the browser hands the app this answer.
      return `<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}" />`;
    case 'image': {
      const sources = preload.srcset ? ` imagesrcset="${escapeHtml(preload.srcset)}" imagesizes="${escapeHtml(preload.sizes ?? '')}"` : '';
      return `<link rel="preload" as="image" fetchpriority="high" href="${href}"${sources} />`;
    }
  }
}

/**
 * The page's title and share tags in place of the title the build wrote; its preloads at the end of the head, after
 * the scripts every page needs, which come first.
 */
export function withPageHead(html: string, { meta, preloads }: PageHead): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:type" content="website" />`,
    ...(meta.imageUrl ? [`<meta property="og:image" content="${escapeHtml(meta.imageUrl)}" />`] : []),
  ].join('\n    ');
  const links = preloads.map((preload) => `  ${preloadTag(preload)}\n  `).join('');
  return html.replace(/<title>[^<]*<\/title>/, () => tags).replace('</head>', () => `${links}</head>`);
}
