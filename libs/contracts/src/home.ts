import { z } from 'zod';
import { ImageUrl } from './media';
import { SearchHit } from './search';

/** A page of this storefront: "/search?category=tea", never another site. */
export const StorefrontPath = z
  .string()
  .max(200)
  .regex(/^\/(?![/\\])[^\s]*$/, 'must be a path of the storefront, starting with one /');

export const MAX_BANNERS = 8;
export const MAX_FEATURED_PRODUCTS = 12;

export const BannerInput = z.object({
  title: z.string().trim().min(1).max(30),
  subtitle: z.string().trim().max(60).default(''),
  /** An uploaded image; without one the banner is drawn in the brand's colours. */
  imageUrl: ImageUrl.nullable().default(null),
  link: StorefrontPath,
});
export type BannerInput = z.infer<typeof BannerInput>;

/** What the association sets on the storefront's home page, in the order shown. */
export const HomeSettings = z.object({
  banners: z.array(BannerInput).max(MAX_BANNERS),
  featuredProductIds: z
    .array(z.number().int().positive())
    .max(MAX_FEATURED_PRODUCTS)
    .refine((ids) => new Set(ids).size === ids.length, 'each product may be featured once'),
});
export type HomeSettings = z.infer<typeof HomeSettings>;

/** The home page: banners, featured products (those still on sale) and best sellers. */
export const HomeView = z.object({
  banners: z.array(BannerInput),
  featured: z.array(SearchHit),
  bestSellers: z.array(SearchHit),
});
export type HomeView = z.infer<typeof HomeView>;
