/**
 * Copies text with the asynchronous clipboard API. False when the browser refuses (no
 * permission, an insecure context, an old browser): callers then show the text selected in a
 * field so the user can copy it by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
