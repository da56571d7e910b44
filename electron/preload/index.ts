/** Exposes the typed API to the renderer, and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('outpost', {
  call: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('outpost:api', method, input),
});
