import type { SniffedType } from './file-signature';

/** Long enough for a descriptive Chinese name, well inside the 200-character column. */
export const MAX_FILE_NAME_LENGTH = 100;

/** Extensions a name may already carry for each verified type. */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

// Control characters, and the bidi controls that can make "exe.pdf" display as "fdp.exe".
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Bidi_Control}]/gu;

/**
 * The name a file is kept and downloaded under: the last segment of whatever path the client sent, without
 * control characters, bounded in length, and ending in the extension of its verified type, so a download
 * named "x.html" cannot be opened as a page later.
 */
export function safeFileName(original: string, type: SniffedType): string {
  const base = (original.split(/[/\\]/).pop() ?? '').normalize('NFC').replace(UNSAFE_CHARACTERS, '').trim().replace(/^\.+/, '');
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const known = EXTENSIONS[type.contentType]?.includes(extension) ?? false;
  const stem = known ? base.slice(0, dot) : base;
  const suffix = `.${known ? extension : type.extension}`;
  // Cut by code points, so a name is never left with half of a surrogate pair.
  const kept = Array.from(stem).slice(0, MAX_FILE_NAME_LENGTH - suffix.length).join('').trim();
  return `${kept || 'upload'}${suffix}`;
}
