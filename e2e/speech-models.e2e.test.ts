import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeCatalog,
  fakePublisher,
  sha256Of,
  tarBz2,
  whisperFolder,
  type FakePublisher,
} from '../packages/server/src/transcription/models/models.test-helper';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { arrive, scrollWidth } from './support/page-checks';
import { startTestServer, type TestServer } from './support/server';
import { OWNER } from './support/setup';

// "Get better transcripts" in the first-run set-up, against a local HTTP server serving a fake model archive
// (IEP_MODEL_DOWNLOAD_URL points at it; the catalog handed to the server has the archive's checksum): the offer
// with its size, the progress bar, a reload in the middle (the download goes on and the page follows it), the
// checksum when done, no shell command anywhere, axe clean, and usable at 320 px.

describe('a better speech engine from the first-run set-up, without a terminal', () => {
  let tmp = '';
  let sha = '';
  let publisher: FakePublisher;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-models-e2e-'));
    const folder = whisperFolder(path.join(tmp, 'src'));
    const archive = tarBz2(
      path.join(tmp, 'src'),
      folder,
      path.join(tmp, 'sherpa-onnx-whisper-tiny.en.tar.bz2'),
    );
    sha = sha256Of(fs.readFileSync(archive));
    publisher = await fakePublisher(archive);
    server = await startTestServer(
      { IEP_MODEL_DOWNLOAD_URL: publisher.baseUrl },
      { speechModels: { catalog: fakeCatalog(sha), retryDelayMs: 100 } },
    );
    browser = await launchBrowser();
    page = await (
      await browser.newContext({ baseURL: server.url, viewport: { width: 320, height: 800 } })
    ).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await publisher?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const noCommands = async () => {
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/`|\biep models\b|apt-get|sudo|npm /);
  };

  it('offers the download with its size after the owner account is made', async () => {
    await page.goto('/');
    await arrive(page, 'Create the owner account', 'the first-run page');
    await page.fill('#account-name', OWNER.name);
    await page.fill('#account-email', OWNER.email);
    await page.fill('#account-password', OWNER.password);
    await page.getByRole('button', { name: 'Create the owner account' }).click();
    await arrive(page, 'Set up transcripts', 'the first-run transcript step');
    const offer = page.getByRole('button', { name: 'Get better transcripts (about 1 MB)' });
    await offer.waitFor();
    await expectNoAxeViolations(page, 'the offer');
    await noCommands();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    const box = await offer.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    // Asked once, with HEAD, when the page opened.
    expect(publisher.requests.filter((r) => r.method === 'HEAD')).toHaveLength(1);
  });

  it('shows progress, goes on through a reload, and shows the checksum when installed', async () => {
    publisher.faults.push('stall');
    await page.getByRole('button', { name: 'Get better transcripts (about 1 MB)' }).click();
    const bar = page.getByRole('progressbar', { name: 'Download of Whisper tiny (English)' });
    await bar.waitFor();
    await expect.poll(() => page.getByText('Downloading the speech model.').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the download in progress');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);

    await page.reload();
    await arrive(page, 'Set up transcripts', 'the set-up step after a reload');
    await bar.waitFor();
    // The connection breaks; the server asks for the rest (Range) and installs.
    publisher.dropStalled();
    await page.getByText('Better transcripts are ready.').waitFor({ timeout: 20_000 });
    await expect(page.locator('.checksum code').innerText()).resolves.toBe(sha);
    await page.getByText("It matches the publisher's checksum").waitFor();
    const gets = publisher.requests.filter((r) => r.method === 'GET');
    expect(gets.map((r) => r.range?.startsWith('bytes=') ?? false)).toEqual([false, true]);
    await expectNoAxeViolations(page, 'the installed model');
    await noCommands();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);

    await page.getByRole('link', { name: 'Go to my cases' }).click();
    await arrive(page, 'My cases', 'the case list');
    // Installed for every case (the fake weights cannot run, so the engine itself is not tried here).
    const state = (await (await page.request.get('/api/speech-models')).json()) as {
      installed: { name: string; sha256: string; checkedAgainstPublisher: boolean }[];
    };
    expect(state.installed).toEqual([
      expect.objectContaining({ name: 'whisper-tiny.en', sha256: sha, checkedAgainstPublisher: true }),
    ]);
  }, 60_000);
});
