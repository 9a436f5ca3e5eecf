import { z } from 'zod';
import { Phone } from './identity';
import { CountyCode } from './vocabulary';

/** A village e-commerce service point (村级电子商务服务点), registered by association staff. */
export const VillagePointCreate = z.object({
  name: z.string().trim().min(2).max(100),
  countyCode: CountyCode,
  town: z.string().trim().min(1).max(50),
  village: z.string().trim().min(1).max(50),
  operatorPhone: Phone.optional(),
  /** The certified suppliers whose goods the point sells. */
  supplierIds: z.array(z.number().int().positive()).max(50).default([]),
});
export type VillagePointCreate = z.infer<typeof VillagePointCreate>;

export const VillagePointView = z.object({
  id: z.number().int(),
  /** The short code its link-outs carry and checkout takes as `ref`: vp_ and eight letters or digits. */
  code: z.string(),
  name: z.string(),
  countyCode: CountyCode,
  countyName: z.string(),
  town: z.string(),
  village: z.string(),
  supplierIds: z.array(z.number().int()),
  createdAt: z.string(),
});
export type VillagePointView = z.infer<typeof VillagePointView>;
