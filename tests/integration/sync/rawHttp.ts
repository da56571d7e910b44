/**
 * Plain node:http requests for tests against a server process: unlike fetch, they can leave from
 * a chosen local address (127.0.0.2 is another "remote address" on loopback).
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

export function rawGet(
  url: string,
  options: { token?: string | null; localAddress?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        agent: false,
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}
