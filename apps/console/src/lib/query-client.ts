import { createSessionQueryClient } from '@bangfu/ui';
import { tokenStore } from './api-client';
import { queryKeys } from './query-keys';

export const queryClient = createSessionQueryClient(tokenStore, queryKeys.me);
