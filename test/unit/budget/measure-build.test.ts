import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { gzipBytes, measureBuild, staticImports } from '../../../bench/budget';
import { firstScreenFiles } from '../../../src/build/first-screen-gzip';
import { tempDir } from '../support/temp-dir';

/** A tiny build: an entry that imports one chunk statically and one lazily. */
function fakeBuild(): string {
  const dist = tempDir('vneid-budget-');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<html><head><script type="module" crossorigin src="/assets/index-a.js"></script><link rel="stylesheet" crossorigin href="/assets/index-a.css"></head></html>',
  );
  writeFileSync(join(dist, 'assets/index-a.css'), 'body{margin:0}');
  writeFileSync(
    join(dist, 'assets/index-a.js'),
    '/* empty css */import{a as b}from"./shared-b.js";import"./side-c.js";const l=()=>import(`./lazy-d.js`);b(l);',
  );
  writeFileSync(join(dist, 'assets/shared-b.js'), 'export{x as a}from"./deep-e.js";');
  writeFileSync(join(dist, 'assets/deep-e.js'), 'export const x=1;');
  writeFileSync(join(dist, 'assets/side-c.js'), 'console.log(1);');
  writeFileSync(join(dist, 'assets/lazy-d.js'), 'export default 1;');
  writeFileSync(join(dist, 'sw.js'), 'self.__WB_MANIFEST=[{"url":"index.html"},{"url":"assets/index-a.js"}]');
  return dist;
}

describe('the first screen budget', () => {
  it('follows static imports (also re-exports), never dynamic ones', () => {
    const dist = fakeBuild();
    expect(staticImports(dist, 'assets/index-a.js')).toEqual(['assets/shared-b.js', 'assets/side-c.js']);
    const files = measureBuild(dist).criticalPath.map((f) => f.file);
    expect(files).toEqual([
      'index.html',
      'assets/index-a.js',
      'assets/index-a.css',
      'assets/shared-b.js',
      'assets/side-c.js',
      'assets/deep-e.js',
    ]);
    expect(files).not.toContain('assets/lazy-d.js');
  });
});

describe('the first screen gzip (Zopfli, made by the build)', () => {
  it('names the same files the budget counts', () => {
    const dist = fakeBuild();
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const imports: Record<string, string[]> = {
      'assets/index-a.js': ['assets/shared-b.js', 'assets/side-c.js'],
      'assets/shared-b.js': ['assets/deep-e.js'],
    };
    expect(firstScreenFiles(html, (f) => imports[f] ?? []).sort()).toEqual(
      measureBuild(dist)
        .criticalPath.map((f) => f.file)
        .sort(),
    );
  });

  it('is what the budget counts when it holds the file, and ignored when it is stale', async () => {
    const dist = fakeBuild();
    const js = 'export const words = ' + JSON.stringify(Array.from({ length: 300 }, (_, i) => `từ ${i % 37} ${i % 11}`)) + ';';
    writeFileSync(join(dist, 'assets/side-c.js'), js);
    const level9 = gzipBytes(js);
    const zopfli = await gzipAsync(Buffer.from(js), { numiterations: 15 });
    expect(zopfli.length).toBeLessThan(level9);
    writeFileSync(join(dist, 'assets/side-c.js.gz'), zopfli);
    const side = () => measureBuild(dist).criticalPath.find((f) => f.file === 'assets/side-c.js')!.gzip;
    expect(side()).toBe(zopfli.length);
    // A .gz of another content (a file changed after the build) is never counted, nor served.
    writeFileSync(join(dist, 'assets/side-c.js.gz'), gzipSync('console.log(2);'));
    expect(side()).toBe(level9);
  });
});
