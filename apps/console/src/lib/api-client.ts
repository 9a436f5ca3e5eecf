import { createApiClient, createTokenStore } from '@bangfu/api-client';

export const tokenStore = createTokenStore(window.localStorage, 'bangfu.console.token');

export const api = createApiClient({ baseUrl: window.location.origin, getToken: tokenStore.get });
