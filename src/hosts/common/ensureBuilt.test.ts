import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsCurrent, sourceFingerprint } from './ensureBuilt';

const dirs: string[] = [];
function project(): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'outpost-build-'));
  dirs.push(root);
  mkdirSync(join(root, 'src', 'renderer'), { recursive: true });
  mkdirSync(join(root, 'electron', 'main'), { recursive: true });
  mkdirSync(join(root, 'out'));
  writeFileSync(join(root, 'src', 'renderer', 'App.tsx'), 'export const App = 1;\n');
  writeFileSync(join(root, 'electron', 'main', 'index.ts'), 'export {};\n');
  writeFileSync(join(root, 'package.json'), '{}\n');
  return { root, out: join(root, 'out') };
}
const stamp = (p: { root: string; out: string }) =>
  writeFileSync(join(p.out, '.built-from'), sourceFingerprint(p.root));

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('whether the build is current', () => {
  it('is not without a record of what it was built from', () => {
    expect(buildIsCurrent(project().root, join(project().out))).toBe(false);
  });

  it('stays current until a source changes, appears or goes, but not for a test', () => {
    const p = project();
    stamp(p);
    expect(buildIsCurrent(p.root, p.out)).toBe(true);
    writeFileSync(join(p.root, 'src', 'renderer', 'App.test.ts'), 'test\n');
    expect(buildIsCurrent(p.root, p.out)).toBe(true);

    writeFileSync(join(p.root, 'src', 'renderer', 'App.tsx'), 'export const App = 22;\n');
    expect(buildIsCurrent(p.root, p.out)).toBe(false);
    stamp(p);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(p.root, 'electron', 'main', 'index.ts'), later, later);
    expect(buildIsCurrent(p.root, p.out)).toBe(false);
    stamp(p);
    writeFileSync(join(p.root, 'src', 'renderer', 'New.tsx'), 'export {};\n');
    expect(buildIsCurrent(p.root, p.out)).toBe(false);
    stamp(p);
    rmSync(join(p.root, 'src', 'renderer', 'New.tsx'));
    expect(buildIsCurrent(p.root, p.out)).toBe(false);
    stamp(p);
    writeFileSync(join(p.root, 'package.json'), '{"version":"2"}\n');
    expect(buildIsCurrent(p.root, p.out)).toBe(false);
  });
});
