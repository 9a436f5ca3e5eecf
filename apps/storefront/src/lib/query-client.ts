import { createSessionQueryClient } from '@bangfu/ui';
import { tokenStore } from './api-client';

export const queryClient = createSessionQueryClient(tokenStore, ['me']);
