import { highlightParts } from '../highlight-parts';

/** Renders the engine's highlight ("城固<em>香菇</em> 干货") as text with marks, never as HTML. */
export function HighlightedName({ name, highlight }: { name: string; highlight?: string }) {
  if (!highlight) return <>{name}</>;
  return (
    <>
      {highlightParts(name, highlight).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
