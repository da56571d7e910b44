/** Exposes the typed API (and saving an export through the save dialog) to the renderer. */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('outpost', {
  call: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('outpost:api', method, input),
  saveFile: (file: unknown): Promise<unknown> => ipcRenderer.invoke('outpost:save-file', file),
});
