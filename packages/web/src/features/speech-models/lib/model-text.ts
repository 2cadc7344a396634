import type { ModelDownload, ModelDownloadState } from '@iep/core/contract';

// The words of the speech model panel, kept apart from the markup so tests can read them.

const ACTIVE: readonly ModelDownloadState[] = ['checking', 'downloading', 'verifying', 'installing'];
export const isActive = (state: ModelDownloadState) => ACTIVE.includes(state);

const mb = (bytes: number) => Math.max(1, Math.round(bytes / 1e6));

/** "about 198 MB", or "size not known". */
export function sizeText(bytes: number | null): string {
  return bytes === null ? 'size not known' : `about ${mb(bytes)} MB`;
}

/** The button's words: "Get better transcripts (about 198 MB)". */
export const offerLabel = (bytes: number | null) => `Get better transcripts (${sizeText(bytes)})`;

export function stageText(state: ModelDownloadState): string {
  switch (state) {
    case 'checking':
      return 'Getting ready to download.';
    case 'downloading':
      return 'Downloading the speech model.';
    case 'verifying':
      return 'Checking that the file arrived whole.';
    case 'installing':
      return 'Installing the speech model.';
    case 'installed':
      return 'The better speech model is installed.';
    case 'failed':
      return 'The download stopped.';
    default:
      return '';
  }
}

/** "12 MB of 198 MB, 1.5 MB a second". */
export function amountText(d: Pick<ModelDownload, 'bytesDone' | 'bytesTotal' | 'bytesPerSecond'>): string {
  const done = `${mb(d.bytesDone)} MB`;
  const of = d.bytesTotal === null ? '' : ` of ${mb(d.bytesTotal)} MB`;
  const speed =
    d.bytesPerSecond && d.bytesPerSecond > 0 ? `, ${(d.bytesPerSecond / 1e6).toFixed(1)} MB a second` : '';
  return `${done}${of}${speed}`;
}

/** The percentage done in steps of ten, for the screen reader (so it is not read out at every poll). */
export function announcedPercent(d: Pick<ModelDownload, 'bytesDone' | 'bytesTotal'>): number | null {
  if (!d.bytesTotal) return null;
  return Math.min(100, Math.floor((d.bytesDone / d.bytesTotal) * 10) * 10);
}

/** How fast the model is, as the catalog says, in plain words. */
export function speedText(speed: {
  realTimeFactor: number | null;
  source: 'measured' | 'publisher' | 'unmeasured';
}): string {
  if (speed.realTimeFactor === null || speed.source === 'unmeasured')
    return 'Its speed on this kind of computer has not been measured yet.';
  const minutes = Math.max(1, Math.round(speed.realTimeFactor * 60));
  const from = speed.source === 'measured' ? 'measured on a computer like this' : "the publisher's figure";
  return `It needs about ${minutes} minutes for each hour of recording (${from}).`;
}
