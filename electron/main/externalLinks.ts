/** The one checked way out of the app to the outside world: https and mailto links only. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' && parsed.hostname !== '') ||
      (parsed.protocol === 'mailto:' && parsed.pathname !== '')
    );
  } catch {
    return false;
  }
}

export interface Shell {
  openExternal(url: string): Promise<void>;
}

/** Opens a safe link in the system browser or mail client; anything else is dropped. */
export function openExternalLink(shell: Shell, url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}
