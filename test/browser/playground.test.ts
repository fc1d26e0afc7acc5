/**
 * The playground (docs/playground) in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core), served from its directory by a tiny static server on 127.0.0.1: type into the
 * page, and check that the rendered output and errors are exactly what the library gives for the
 * same files. A screenshot is kept as test-artifacts/playground.png.
 *
 * Skips when /usr/bin/chromium is absent, except under CI (.ci/run installs it), where it fails.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, formatError, isKustomizeError, MemoryFs } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(__dirname, '..', '..');
const site = path.join(root, 'docs', 'playground');
const artifacts = path.join(root, 'test-artifacts');
const hasChromium = fs.existsSync(CHROMIUM);

if (!hasChromium && process.env['CI']) {
  test('chromium is installed in CI', () => {
    expect.fail(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves `dir` read-only on 127.0.0.1 (random port); nothing outside it. */
function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** What the library (from src/) gives for the page's files and options. */
function libraryOutput(files: Record<string, string>, dir: string): { yaml: string | null; error: string | null } {
  try {
    return { yaml: build(new MemoryFs(files), dir).yaml, error: null };
  } catch (e) {
    if (isKustomizeError(e)) return { yaml: null, error: formatError(e) };
    throw e;
  }
}

describe.skipIf(!hasChromium)('playground in headless Chromium', () => {
  let server: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The browser bundle the page loads, built from the current source.
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-browser.mjs')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    server = await serve(site);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1400, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(server.url, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  const shown = async (): Promise<{ yaml: string | null; error: string | null }> => {
    const error = (await page.locator('#error').textContent()) || null;
    return { yaml: error ? null : await page.locator('#output').textContent(), error };
  };
  const pageFiles = (): Promise<Record<string, string>> =>
    page.evaluate(() => (window as unknown as { playground: { files(): Record<string, string> } }).playground.files());
  /** Waits until the page has rendered the current files (the editor debounces). */
  const settled = async (): Promise<void> => {
    await page.waitForFunction(() => {
      const w = window as unknown as { playground: { render(): { yaml: string | null; error: string | null } } };
      const now = w.playground.render();
      const error = document.getElementById('error')!.textContent || null;
      return error === now.error && (error !== null || document.getElementById('output')!.textContent === now.yaml);
    });
  };

  test('the sample renders as the library renders it', async () => {
    await page.locator('#status').filter({ hasText: 'resource(s)' }).waitFor();
    const files = await pageFiles();
    expect(Object.keys(files)).toContain('overlay/kustomization.yaml');
    const want = libraryOutput(files, 'overlay');
    expect(want.error).toBeNull();
    expect(await shown()).toEqual(want);
    expect(want.yaml).toContain('name: prod-web');
  });

  test('typing into the editor re-renders live', async () => {
    await page.locator('button.file[data-path="overlay/kustomization.yaml"]').click();
    const editor = page.locator('#editor');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('commonAnnotations:\n  team: payments\n');
    await page.locator('#output').filter({ hasText: 'team: payments' }).waitFor();
    await settled();
    const files = await pageFiles();
    expect(files['overlay/kustomization.yaml']).toContain('commonAnnotations:\n  team: payments\n');
    const want = libraryOutput(files, 'overlay');
    expect(want.yaml).toContain('    team: payments\n');
    expect(await shown()).toEqual(want);

    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'playground.png'), fullPage: true });
    expect(fs.statSync(path.join(artifacts, 'playground.png')).size).toBeGreaterThan(10_000);
  });

  test('a new file joins the tree', async () => {
    await page.locator('#new-file').fill('overlay/extra.yaml');
    await page.locator('#add-file').click();
    await page.locator('#editor').click();
    await page.keyboard.type('apiVersion: v1\nkind: Secret\nmetadata:\n  name: extra\n');
    await page.locator('button.file[data-path="overlay/kustomization.yaml"]').click();
    await page.locator('#editor').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type('\n- extra.yaml');
    await page.locator('#output').filter({ hasText: 'name: prod-extra' }).waitFor();
    await settled();
    const files = await pageFiles();
    expect(files['overlay/kustomization.yaml']).toMatch(/^resources:\n- extra\.yaml\n- \.\.\/base\n/);
    expect(files['overlay/extra.yaml']).toBe('apiVersion: v1\nkind: Secret\nmetadata:\n  name: extra\n');
    expect(await shown()).toEqual(libraryOutput(files, 'overlay'));
  });

  test('errors show the KustomizeError as formatError prints it', async () => {
    await page.locator('#editor').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('patches:\n- path: missing-patch.yaml\n');
    await page.locator('#status.error').waitFor();
    await settled();
    const want = libraryOutput(await pageFiles(), 'overlay');
    expect(want.error).toMatch(/missing-patch\.yaml.*\(FILE_NOT_FOUND\)$/);
    expect(await shown()).toEqual(want);
    expect(await page.locator('#status').textContent()).toBe('error FILE_NOT_FOUND');
  });

  test('no errors were logged by the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
