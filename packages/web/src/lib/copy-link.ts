/** The sentence shown when the browser refuses the clipboard and the link is selected instead. */
export const COPY_REFUSED =
  'Your browser did not let us copy. The link is selected: copy it with your keyboard.';

/**
 * Copies a link a person will hand on. Browsers may refuse the clipboard (no permission, not a secure page); then the
 * link's own field is selected so it can be copied by keyboard. Says whether the clipboard took it.
 */
export async function copyLink(link: string, fieldId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(link);
    return true;
  } catch {
    const field = document.getElementById(fieldId);
    if (field instanceof HTMLInputElement) field.select();
    return false;
  }
}
