export interface HighlightPart {
  text: string;
  match: boolean;
}

/** The only entities the engines write: they escape exactly these five characters. */
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const unescape = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);

/**
 * The engine's highlight ("A&amp;B &lt;<em>特级</em>&gt;": escaped HTML whose only tags are <em> around the
 * matches) as plain-text parts to render as text, so the name shows exactly as written and never as markup.
 * A highlight that does not spell the name is ignored: the name is what must show.
 */
export function highlightParts(name: string, highlight: string | undefined): HighlightPart[] {
  const plain = [{ text: name, match: false }];
  if (!highlight) return plain;
  // Splitting on a capturing group puts the marked text at the odd indexes.
  const parts = highlight
    .split(/<em>(.*?)<\/em>/g)
    .map((html, i) => ({ text: unescape(html), match: i % 2 === 1 }))
    .filter((part) => part.text !== '');
  return parts.map((part) => part.text).join('') === name ? parts : plain;
}
