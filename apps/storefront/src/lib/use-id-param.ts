import { useParams } from 'react-router';

/** The route's :id as a positive integer, or null for anything else (/products/abc). */
export function useIdParam(): number | null {
  const { id } = useParams();
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
