import { useCallback } from 'react';
import { App } from 'antd';
import type { RefundRequestView } from '@bangfu/contracts';

/** The dialogs that decide on one refund request: the supplier's accept and reject, the association's ruling. */
export interface RefundDialogProps {
  request: RefundRequestView;
  open: boolean;
  onClose: () => void;
}

/** Mutation options that, once the decision is taken, say so in a toast and close the dialog. */
export function useAnnounceAndClose(onClose: () => void): (done: string) => { onSuccess: () => void } {
  const { message } = App.useApp();
  return useCallback(
    (done: string) => ({
      onSuccess: () => {
        void message.success(done);
        onClose();
      },
    }),
    [message, onClose],
  );
}
