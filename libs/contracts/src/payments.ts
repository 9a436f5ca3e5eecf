import { z } from 'zod';

export const PaymentStatus = z.enum(['created', 'pending', 'succeeded', 'failed', 'closed']);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const PaymentProviderName = z.enum(['dev', 'alipay']);
export type PaymentProviderName = z.infer<typeof PaymentProviderName>;

export const PaymentMethod = z.enum(['page', 'wap', 'qr']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const PaymentView = z.object({
  id: z.number().int(),
  outTradeNo: z.string(),
  provider: PaymentProviderName,
  status: PaymentStatus,
  amountFen: z.number().int(),
  expiresAt: z.string(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const PaymentStartRequest = z.object({ method: PaymentMethod });
export type PaymentStartRequest = z.infer<typeof PaymentStartRequest>;

/** Exactly one of these is present, by method: page → formHtml or redirectUrl, wap → redirectUrl, qr → qrCode. */
export const PaymentStartResponse = z.object({
  redirectUrl: z.string().optional(),
  formHtml: z.string().optional(),
  qrCode: z.string().optional(),
});
export type PaymentStartResponse = z.infer<typeof PaymentStartResponse>;

export const RefundStatus = z.enum(['requested', 'succeeded', 'failed']);
export type RefundStatus = z.infer<typeof RefundStatus>;

export const DevCompleteRequest = z.object({ outcome: z.enum(['succeeded', 'closed']).default('succeeded') });
export type DevCompleteRequest = z.infer<typeof DevCompleteRequest>;
