import { createApiClient } from '@bangfu/api-client';

export const api = createApiClient({ baseUrl: window.location.origin });
