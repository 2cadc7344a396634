import os from 'node:os';
import { findCatalogEntry, MODEL_CATALOG, type CatalogEntry } from './catalog.js';

// Which speech model suits this computer. Three classes, by processor cores and memory:
//   small  (1 core, or under 3 GB of memory): Moonshine tiny, the lightest model that still gives good text;
//   medium (2-4 cores, or under 8 GB):        Whisper base.en, a well-tried English model of about 200 MB;
//   large  (5+ cores and 8 GB or more):       Parakeet TDT 0.6B, the most accurate, with word times.

export type MachineClass = 'small' | 'medium' | 'large';

export interface Machine {
  cores: number;
  memoryBytes: number;
}

const GB = 1024 ** 3;

export const RECOMMENDED_MODEL: Record<MachineClass, string> = {
  small: 'moonshine-tiny-en',
  medium: 'whisper-base.en',
  large: 'parakeet-tdt-0.6b-v2',
};

export function thisMachine(): Machine {
  return { cores: os.availableParallelism(), memoryBytes: os.totalmem() };
}

export function machineClass({ cores, memoryBytes }: Machine): MachineClass {
  if (cores < 2 || memoryBytes < 3 * GB) return 'small';
  if (cores <= 4 || memoryBytes < 8 * GB) return 'medium';
  return 'large';
}

/** The one model recommended for this machine class. */
export function recommendedModel(
  machine: Machine,
  catalog: readonly CatalogEntry[] = MODEL_CATALOG,
): CatalogEntry {
  const wanted = findCatalogEntry(RECOMMENDED_MODEL[machineClass(machine)], catalog);
  // A catalog handed in by a test or a mirror may hold other names: its first speech model then.
  const fallback = catalog.find((e) => e.kind === 'asr');
  const found = wanted ?? fallback;
  if (!found) throw new Error('The model catalog has no speech model.');
  return found;
}
