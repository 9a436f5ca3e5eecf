/** The part of the Web Storage API a token store needs; `window.localStorage` fits. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

/** Apps share one origin, so each keeps its token under its own key. */
export function createTokenStore(storage: KeyValueStorage, key: string): TokenStore {
  return {
    get: () => storage.getItem(key),
    set: (token) => storage.setItem(key, token),
    clear: () => storage.removeItem(key),
  };
}
