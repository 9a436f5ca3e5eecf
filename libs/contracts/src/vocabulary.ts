import { z } from 'zod';

/** The 11 county-level units of Hanzhong (汉中市), by administrative code. */
export const COUNTIES = [
  { code: '610702', name: '汉台区', nameEn: 'Hantai' },
  { code: '610703', name: '南郑区', nameEn: 'Nanzheng' },
  { code: '610722', name: '城固县', nameEn: 'Chenggu' },
  { code: '610723', name: '洋县', nameEn: 'Yangxian' },
  { code: '610724', name: '西乡县', nameEn: 'Xixiang' },
  { code: '610725', name: '勉县', nameEn: 'Mianxian' },
  { code: '610726', name: '宁强县', nameEn: 'Ningqiang' },
  { code: '610727', name: '略阳县', nameEn: 'Lueyang' },
  { code: '610728', name: '镇巴县', nameEn: 'Zhenba' },
  { code: '610729', name: '留坝县', nameEn: 'Liuba' },
  { code: '610730', name: '佛坪县', nameEn: 'Foping' },
] as const;
export type CountyCode = (typeof COUNTIES)[number]['code'];
export const CountyCode = z.enum(COUNTIES.map((c) => c.code) as [CountyCode, ...CountyCode[]]);

/** Product categories of the "3+4+N" industries: three lead, four featured, then the rest. */
export const CATEGORIES = [
  { code: 'tea', name: '茶叶', nameEn: 'Tea' },
  { code: 'fungi', name: '食用菌', nameEn: 'Edible fungi' },
  { code: 'herbs', name: '中药材', nameEn: 'Medicinal herbs' },
  { code: 'meat', name: '生猪及腊肉', nameEn: 'Pork & cured meat' },
  { code: 'fruit', name: '水果', nameEn: 'Fruit' },
  { code: 'grain_oil', name: '粮油', nameEn: 'Grain & oil' },
  { code: 'konjac', name: '魔芋', nameEn: 'Konjac' },
  { code: 'nuts', name: '核桃坚果', nameEn: 'Walnuts & nuts' },
  { code: 'honey', name: '土蜂蜜', nameEn: 'Wild honey' },
  { code: 'vegetables', name: '高山蔬菜', nameEn: 'Highland vegetables' },
] as const;
export type CategoryCode = (typeof CATEGORIES)[number]['code'];
export const CategoryCode = z.enum(CATEGORIES.map((c) => c.code) as [CategoryCode, ...CategoryCode[]]);

export const ROLES = ['shopper', 'supplier', 'staff', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const EntityType = z.enum(['company', 'coop', 'family_farm', 'village_collective']);
export type EntityType = z.infer<typeof EntityType>;

export const SupplierStatus = z.enum(['active', 'suspended', 'expired']);
export type SupplierStatus = z.infer<typeof SupplierStatus>;

export const ApplicationStatus = z.enum(['pending', 'changes_requested', 'approved', 'rejected']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const ProductStatus = z.enum(['draft', 'pending', 'certified', 'rejected', 'revoked', 'expired']);
export type ProductStatus = z.infer<typeof ProductStatus>;

export const CertificateStatus = z.enum(['valid', 'revoked', 'expired']);
export type CertificateStatus = z.infer<typeof CertificateStatus>;

export const CountyView = z.object({ code: CountyCode, name: z.string() });

/** A county's towns and street offices (乡镇、街道), as the national division list names them. */
export const CountyTowns = CountyView.extend({ towns: z.array(z.string()) });
export type CountyTowns = z.infer<typeof CountyTowns>;
export type CountyView = z.infer<typeof CountyView>;

export const CategoryView = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  productCount: z.number().int(),
});
export type CategoryView = z.infer<typeof CategoryView>;

const COUNTY_NAMES = new Map<string, string>(COUNTIES.map((c) => [c.code, c.name]));
const CATEGORY_NAMES = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.name]));

/** 610723 → 洋县; an unknown code is returned as it is. */
export const countyNameOf = (code: string): string => COUNTY_NAMES.get(code) ?? code;

/** tea → 茶叶; an unknown code is returned as it is. */
export const categoryNameOf = (code: string): string => CATEGORY_NAMES.get(code) ?? code;
