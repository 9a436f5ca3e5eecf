import { useCallback, useState } from 'react';

/** The record a dialog or drawer works on, and which of them; kept once closed so the closing animation keeps its content. */
export interface ShownRecord<T, Dialog extends string> {
  record: T;
  dialog: Dialog;
  open: boolean;
}

/** One dialog at a time for a whole list, rather than one mounted in every row. */
export function useRecordDialog<T, Dialog extends string>() {
  const [shown, setShown] = useState<ShownRecord<T, Dialog> | null>(null);
  const show = useCallback((dialog: Dialog, record: T) => setShown({ record, dialog, open: true }), []);
  const close = useCallback(() => setShown((s) => s && { ...s, open: false }), []);
  return { shown, show, close };
}
