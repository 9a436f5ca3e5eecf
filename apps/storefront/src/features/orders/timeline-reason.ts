import type { TFunction } from 'i18next';
import { CARRIERS, fenToYuan } from '@bangfu/contracts';

/**
 * The API writes the reasons of system moves in English ("payment window expired"); these read them in the
 * shopper's language. A reason typed by a person (a refund reason, a refusal) is shown as it was written.
 */
const PATTERNS: [RegExp, string, (m: RegExpMatchArray) => Record<string, string>][] = [
  [/^payment (\S+)$/, 'paid', (m) => ({ no: m[1] })],
  [/^late payment (\S+); goods still available$/, 'latePaid', (m) => ({ no: m[1] })],
  [/^payment closed unpaid$/, 'paymentClosed', () => ({})],
  [/^payment window expired$/, 'expired', () => ({})],
  [/^cancelled by the shopper$/, 'cancelledByShopper', () => ({})],
  [/^receipt confirmed$/, 'receiptConfirmed', () => ({})],
  [/^no complaint within (\d+) days of shipping$/, 'autoCompleted', (m) => ({ days: m[1] })],
  [/^refund taken to the association$/, 'escalated', () => ({})],
  [/^refunded (\d+) fen$/, 'refunded', (m) => ({ amount: `¥${fenToYuan(Number(m[1]))}` })],
  [/^partly refunded: (\d+) fen$/, 'partlyRefunded', (m) => ({ amount: `¥${fenToYuan(Number(m[1]))}` })],
  [/^refund refused: (.*)$/s, 'refundRefused', (m) => ({ reason: m[1] })],
  [/^refund declined by the association: (.*)$/s, 'refundDeclined', (m) => ({ reason: m[1] })],
  [/^late payment without stock: refunding in full$/, 'lateNoStock', () => ({})],
];

export function timelineReason(reason: string, t: TFunction): string {
  for (const [pattern, key, values] of PATTERNS) {
    const match = reason.match(pattern);
    if (match) return t(`orders.reasons.${key}`, values(match));
  }
  const shipped = reason.match(/^([A-Z]+) ([A-Za-z0-9]{8,30})$/);
  if (shipped && (CARRIERS as readonly string[]).includes(shipped[1])) {
    return t('orders.reasons.shipped', { carrier: t(`orders.carriers.${shipped[1]}`), no: shipped[2] });
  }
  return reason;
}
