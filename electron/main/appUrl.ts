/** What counts as the app's own page: the built index.html, or the dev server in `npm run dev`. */
import { pathToFileURL } from 'node:url';

export function appUrlMatcher(
  rendererIndex: string,
  devServerUrl?: string,
): (url: string) => boolean {
  const fileUrl = pathToFileURL(rendererIndex).href;
  return (url: string) => {
    if (devServerUrl && (url === devServerUrl || url.startsWith(devServerUrl.replace(/\/?$/, '/'))))
      return true;
    return url === fileUrl || url.startsWith(`${fileUrl}#`) || url.startsWith(`${fileUrl}?`);
  };
}
