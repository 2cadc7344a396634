import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium, launched the way machine-notes.md says (no --user-data-dir, no downloads).
 * `extraArgs` adds flags a test needs, such as the fake microphone.
 */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * Flags that give Chromium a fake microphone (playing the given WAV file, else a test tone) and let audio play
 * without a click.
 */
export function fakeMicrophoneArgs(wavFile?: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    ...(wavFile === undefined ? [] : [`--use-file-for-fake-audio-capture=${wavFile}`]),
    '--autoplay-policy=no-user-gesture-required',
  ];
}

/** Content-Security-Policy errors the page logs from now on (the list fills as they come; a test expects it empty). */
export function collectCspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

/** Chromium with the fake microphone playing `wav`, allowed for `baseURL`, and one page (1024 x 800). */
export async function openMicrophonePage(
  baseURL: string,
  wav: string,
): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const browser = await launchBrowser(fakeMicrophoneArgs(wav));
  const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 800 } });
  await context.grantPermissions(['microphone'], { origin: baseURL });
  return { browser, context, page: await context.newPage() };
}
