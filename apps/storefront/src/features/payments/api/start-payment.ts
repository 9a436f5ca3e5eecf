import { useMutation } from '@tanstack/react-query';
import { ApiError } from '@bangfu/api-client';
import type { PaymentStartResponse } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

/** Phones pay through the provider's mobile (wap) cashier; the dev provider's is a page of our API. */
export function startPayment(paymentId: number): Promise<PaymentStartResponse> {
  return api.startPayment(paymentId, 'wap');
}

/** Leaves for the cashier: a URL to go to, or an auto-submitting form some providers answer with. */
export function goToCashier(started: PaymentStartResponse): boolean {
  if (started.redirectUrl) {
    window.location.assign(started.redirectUrl);
    return true;
  }
  if (started.formHtml) {
    const holder = document.createElement('div');
    holder.hidden = true;
    holder.innerHTML = started.formHtml;
    document.body.appendChild(holder);
    const form = holder.querySelector('form');
    if (form) {
      form.submit();
      return true;
    }
  }
  return false;
}

/** Starts (or restarts) a payment and leaves for the cashier; the page stays busy until the browser goes. */
export function useStartPayment() {
  return useMutation({
    mutationFn: async (paymentId: number) => {
      const started = await startPayment(paymentId);
      // Worded to the shopper like the provider being down, which is what it amounts to.
      if (!goToCashier(started)) throw new ApiError(502, 'PAYMENT_PROVIDER_UNAVAILABLE', 'The payment service gave no cashier to go to');
      return started;
    },
  });
}
