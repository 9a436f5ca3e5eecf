import type { TFunction } from 'i18next';
import { fenToYuan, type TimelineEntry } from '@bangfu/contracts';

/**
 * A step's reason in the reader's language, from the API's reason code and values. Text a person typed
 * (`note`: a refund reason, a refusal) is shown as written; a step stored before reasons had codes shows its
 * reason text. Each app says how it shows a carrier (the console adds the code for suppliers).
 */
export function timelineReason(entry: TimelineEntry, t: TFunction, carrierName: (code: string) => string): string | null {
  if (!entry.reasonCode) return entry.reason;
  // The first step's own title already says the order was placed.
  if (entry.reasonCode === 'placed') return null;
  const values = entry.reasonValues;
  const label = t(`timelineReasons.${entry.reasonCode}`, {
    ...values,
    ...(typeof values.amountFen === 'number' ? { amount: `¥${fenToYuan(values.amountFen)}` } : {}),
    ...(typeof values.carrier === 'string' ? { carrier: carrierName(values.carrier) } : {}),
  });
  const note = typeof values.note === 'string' ? values.note : null;
  return note && !label.includes(note) ? `${label}：${note}` : label;
}
