/**
 * Hands a file to the browser's downloads: an object URL on a temporary link with `download`.
 * The URL is revoked a minute later, not at once: some browsers start reading it after the click
 * returns.
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
