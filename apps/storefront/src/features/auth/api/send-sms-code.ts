import { useMutation } from '@tanstack/react-query';
import type { SmsCodeRequest } from '@bangfu/contracts';
import { api } from '../../../lib/api-client';

export function useSendSmsCode() {
  return useMutation({ mutationFn: (sms: SmsCodeRequest) => api.sendSmsCode(sms) });
}
