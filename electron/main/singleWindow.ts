/**
 * One main window: a second launch of Outpost, or clicking the Dock icon on a Mac with the window
 * closed, brings the running window forward (restored if minimised) or opens it again.
 */
export interface MainWindowLike {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function focusOrOpen<W extends MainWindowLike>(current: W | null, open: () => W): W {
  if (!current || current.isDestroyed()) return open();
  if (current.isMinimized()) current.restore();
  current.show();
  current.focus();
  return current;
}
