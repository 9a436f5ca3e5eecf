/**
 * Saves text as a file through a temporary link. Excel needs the byte-order mark to read UTF-8 Chinese,
 * and `fetch` strips the one the server sent while decoding, so it is put back here.
 */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const body = text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
