/**
 * Exposes the typed API, saving an export through the save dialog, and the menu's commands (and
 * the language it should speak) to the renderer.
 */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('outpost', {
  call: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('outpost:api', method, input),
  saveFile: (file: unknown): Promise<unknown> => ipcRenderer.invoke('outpost:save-file', file),
  onCommand: (listener: (command: string) => void): (() => void) => {
    const forward = (_event: unknown, command: string) => listener(command);
    ipcRenderer.on('outpost:command', forward);
    return () => ipcRenderer.off('outpost:command', forward);
  },
  setMenuLanguage: (lang: string): void => ipcRenderer.send('outpost:menu-language', lang),
  updateState: (): Promise<unknown> => ipcRenderer.invoke('outpost:update-state'),
  onUpdateState: (listener: (state: unknown) => void): (() => void) => {
    const forward = (_event: unknown, state: unknown) => listener(state);
    ipcRenderer.on('outpost:update-state', forward);
    return () => ipcRenderer.off('outpost:update-state', forward);
  },
  installUpdate: (): Promise<unknown> => ipcRenderer.invoke('outpost:update-install'),
});
