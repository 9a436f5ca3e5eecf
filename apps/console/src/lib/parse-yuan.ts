import { yuanToFen } from '@bangfu/contracts';

/** "8.5" → 850, exactly (integer arithmetic in the contract's yuanToFen); anything else → null. */
export function parseYuan(text: string | undefined): number | null {
  try {
    return yuanToFen((text ?? '').trim());
  } catch {
    return null;
  }
}
