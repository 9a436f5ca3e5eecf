import type { TFunction } from 'i18next';
import { fenToYuan, type TimelineEntry } from '@bangfu/contracts';

/**
 * A step's reason in the shopper's language, from its code and values. Text a person typed (`note`: a refund
 * reason, a refusal) is shown as written; a step stored before reasons had codes shows its reason text.
 */
export function timelineReason(entry: TimelineEntry, t: TFunction): string | null {
  if (!entry.reasonCode) return entry.reason;
  // The first step's title already says the order was placed.
  if (entry.reasonCode === 'placed') return null;
  const values = entry.reasonValues;
  const label = t(`orders.reasons.${entry.reasonCode}`, {
    ...values,
    ...(typeof values.amountFen === 'number' ? { amount: `¥${fenToYuan(values.amountFen)}` } : {}),
    ...(typeof values.carrier === 'string' ? { carrier: t(`orders.carriers.${values.carrier}`, { defaultValue: values.carrier }) } : {}),
  });
  const note = typeof values.note === 'string' ? values.note : null;
  return note && !label.includes(note) ? `${label}：${note}` : label;
}
