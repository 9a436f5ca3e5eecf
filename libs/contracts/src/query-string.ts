export type QueryParams = Record<string, string | number | boolean | undefined>;

/** `?a=1&b=x` in the order given, empty values left out; '' when nothing is left. */
export function queryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
