import { toJSONSchema } from 'zod';
import {
  fenToYuan,
  ProductDraftRequest,
  ProductPatchRequest,
  type CategoryCode,
  type ProductAdminView,
  type ProductStatus,
} from '@bangfu/contracts';
import { parseYuan } from '../../lib/parse-yuan';

/** One SKU as typed: the price in yuan as text; opening stock only for a SKU not saved yet. */
export interface SkuRow {
  id?: number;
  spec: string;
  unit: string;
  price: string;
  stock: number | null;
}

export interface ProductFormValues {
  name: string;
  categoryCode: CategoryCode | undefined;
  originTown: string;
  originVillage: string;
  description: string;
  skus: SkuRow[];
}

export const NEW_SKU: SkuRow = { spec: '', unit: '', price: '', stock: 0 };

/** The contract's limits, read from its schemas so the form states them without repeating them. */
export const MAX_IMAGES = toJSONSchema(ProductPatchRequest.shape.images.unwrap()).maxItems ?? 0;
export const MAX_SKUS = toJSONSchema(ProductPatchRequest.shape.skus.unwrap()).maxItems ?? 0;

/** The API decides; these are the states from which it accepts a submission (else 409 PRODUCT_NOT_SUBMITTABLE). */
const SUBMITTABLE: ReadonlySet<ProductStatus> = new Set<ProductStatus>(['draft', 'rejected', 'revoked', 'expired']);
export const isSubmittable = (product: ProductAdminView | undefined) => !product || SUBMITTABLE.has(product.status);

export function toFormValues(product: ProductAdminView | undefined): ProductFormValues {
  if (!product) return { name: '', categoryCode: undefined, originTown: '', originVillage: '', description: '', skus: [{ ...NEW_SKU }] };
  return {
    name: product.name,
    categoryCode: product.categoryCode,
    originTown: product.originTown,
    originVillage: product.originVillage ?? '',
    description: product.description,
    skus: product.skus.map((s) => ({ id: s.id, spec: s.spec, unit: s.unit, price: fenToYuan(s.priceFen), stock: null })),
  };
}

const trimmedOrUndefined = (text: string) => text.trim() || undefined;

/** A new product's draft as the contract reads it; prices converted exactly (parseYuan), never by float maths. */
export function toDraft(values: ProductFormValues, images: string[]) {
  return ProductDraftRequest.safeParse({
    name: values.name,
    categoryCode: values.categoryCode,
    originTown: values.originTown,
    originVillage: trimmedOrUndefined(values.originVillage),
    description: values.description,
    images,
    skus: values.skus.map((s) => ({ spec: s.spec, unit: s.unit, priceFen: parseYuan(s.price), stock: s.stock ?? 0 })),
  });
}

/** Every field as on screen: saved SKUs by id (their stock moves on the Stock page), new ones with opening stock. */
export function toPatch(values: ProductFormValues, images: string[]) {
  return ProductPatchRequest.safeParse({
    name: values.name,
    categoryCode: values.categoryCode,
    originTown: values.originTown,
    originVillage: trimmedOrUndefined(values.originVillage) ?? null,
    description: values.description,
    images,
    skus: values.skus.map((s) =>
      s.id === undefined
        ? { spec: s.spec, unit: s.unit, priceFen: parseYuan(s.price), stock: s.stock ?? 0 }
        : { id: s.id, spec: s.spec, unit: s.unit, priceFen: parseYuan(s.price) },
    ),
  });
}

/** What the certificate vouches for (the API's reviewed fields): a change sends a certified product back to review. */
export function changesReviewedFields(values: ProductFormValues, images: readonly string[], product: ProductAdminView): boolean {
  return (
    values.name.trim() !== product.name ||
    images.join('\n') !== product.images.join('\n') ||
    values.categoryCode !== product.categoryCode ||
    values.originTown.trim() !== product.originTown ||
    (trimmedOrUndefined(values.originVillage) ?? null) !== product.originVillage
  );
}

type ProductField = Exclude<keyof ProductFormValues, 'skus'>;
const PRODUCT_FIELDS: readonly ProductField[] = ['name', 'categoryCode', 'originTown', 'originVillage', 'description'];
const SKU_FIELDS: Readonly<Record<string, keyof SkuRow>> = { spec: 'spec', unit: 'unit', priceFen: 'price', stock: 'stock' };

/** A field of the form by its path. */
export type FormField = [ProductField] | ['skus', number, keyof SkuRow];

/** Where a field the API or the contract names is on the form: `skus.1.priceFen` is the second row's price, `images…` the pictures; null for the rest. */
export function formFieldOf(field: string): FormField | 'images' | null {
  const [head, index, sub] = field.split('.');
  if (head === 'images') return 'images';
  const skuField = sub !== undefined && Object.hasOwn(SKU_FIELDS, sub) ? SKU_FIELDS[sub] : undefined;
  if (head === 'skus' && /^\d+$/.test(index ?? '') && skuField) return ['skus', Number(index), skuField];
  const productField = PRODUCT_FIELDS.find((f) => f === head);
  return productField ? [productField] : null;
}
