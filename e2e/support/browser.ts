import { chromium, type Browser } from 'playwright-core';

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
