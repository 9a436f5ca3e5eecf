import { createApiClient, createTokenStore } from '@bangfu/api-client';

export const tokenStore = createTokenStore(window.localStorage, 'bangfu.storefront.token');

export const api = createApiClient({ baseUrl: window.location.origin, getToken: tokenStore.get });
