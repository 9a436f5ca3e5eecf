/** JSON in Web Storage that never throws: storage may be blocked (private mode) or hold something stale. */
export function readJson<T>(storage: Storage, key: string, parse: (value: unknown) => T | null): T | null {
  try {
    const text = storage.getItem(key);
    return text === null ? null : parse(JSON.parse(text));
  } catch {
    return null;
  }
}

export function writeJson(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Not remembering is acceptable; the page keeps working with what it holds in memory.
  }
}

export function removeKey(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // see writeJson
  }
}
