/** Renders the engine's highlight ("城固<em>香菇</em> 干货") as text with marks, never as HTML. */
export function HighlightedName({ name, highlight }: { name: string; highlight?: string }) {
  if (!highlight) return <>{name}</>;
  const parts = highlight.split(/(<em>.*?<\/em>)/g).filter(Boolean);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('<em>') && part.endsWith('</em>') ? <mark key={i}>{part.slice(4, -5)}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
