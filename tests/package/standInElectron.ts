/**
 * A stand-in for Electron's Linux distribution, for electron-builder's `electronDist`: Electron's
 * binary cannot be downloaded on our build machines (DESIGN.md §10). The "binary" carries the
 * fuse wire exactly where @electron/fuses looks for it — the sentinel, wire version 1, the wire's
 * length, then Electron's default state of each fuse — so the package step really flips fuses.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar
 * integrity off, only-from-asar off, browser V8 snapshot off, file:// privileges on. */
const DEFAULT_WIRE = '10110001';

export function makeStandInElectron(dir: string, version: string): string {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const binary = join(dir, 'electron');
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\necho "stand-in for Electron ${version}"\n# `),
    Buffer.from(SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(`${DEFAULT_WIRE}\n`),
  ]);
  writeFileSync(binary, wire);
  chmodSync(binary, 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
  return dir;
}
