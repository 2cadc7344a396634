import type { SpeechModels } from '@iep/core/contract';
import { MODEL_CATALOG, type CatalogEntry, downloadUrl } from '../transcription/models/catalog.js';
import type { ModelDownloads } from '../transcription/models/download-service.js';
import {
  machineClass,
  recommendedModel,
  thisMachine,
  type Machine,
} from '../transcription/models/machine.js';
import { probePublisher, type Reachability } from '../transcription/models/reachability.js';
import { readInstalled } from '../transcription/models/store.js';

// What the speech model panel shows: the model for this machine (with its real size when the publisher was just
// asked), whether the publisher can be reached, the download, and what is installed. The publisher is asked only
// when the page says check=true, at most once a minute, and never when model downloads are turned off.

export interface SpeechModelsDeps {
  downloads: ModelDownloads;
  modelsDir: string;
  /** IEP_MODEL_DOWNLOADS and IEP_MODEL_DOWNLOAD_URL. */
  enabled: boolean;
  baseUrl: string;
  catalog?: readonly CatalogEntry[];
  fetch?: typeof fetch;
  machine?: Machine;
}

const PROBE_REUSE_MS = 60_000;
export const DOWNLOADS_OFF =
  'Model downloads are turned off on this computer, so transcripts use the basic speech engine.';

export class SpeechModelsService {
  private probe: { at: number; result: Reachability } | null = null;

  constructor(readonly deps: SpeechModelsDeps) {}

  get catalog(): readonly CatalogEntry[] {
    return this.deps.catalog ?? MODEL_CATALOG;
  }

  recommended(): CatalogEntry {
    return recommendedModel(this.deps.machine ?? thisMachine(), this.catalog);
  }

  private async reach(check: boolean, entry: CatalogEntry): Promise<Reachability | null> {
    if (!check) return this.probe?.result ?? null;
    if (this.probe && Date.now() - this.probe.at < PROBE_REUSE_MS) return this.probe.result;
    const result = await probePublisher(downloadUrl(entry, this.deps.baseUrl), {
      ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
    });
    this.probe = { at: Date.now(), result };
    return result;
  }

  async view(canManage: boolean, check: boolean): Promise<SpeechModels> {
    const machine = this.deps.machine ?? thisMachine();
    const entry = recommendedModel(machine, this.catalog);
    const reach = this.deps.enabled ? await this.reach(check, entry) : null;
    const { manifests } = readInstalled(this.deps.modelsDir);
    const labelOf = (name: string) => this.catalog.find((e) => e.name === name)?.label ?? name;
    return {
      recommended: {
        name: entry.name,
        label: entry.label,
        description: entry.description,
        bytes: reach?.bytes ?? entry.approxBytes,
        speed: { ...entry.speed },
        machine: { cores: machine.cores, memoryBytes: machine.memoryBytes, class: machineClass(machine) },
        installed: manifests.some((m) => m.name === entry.name),
      },
      publisher: !this.deps.enabled
        ? { reach: 'off', reason: DOWNLOADS_OFF }
        : reach
          ? { reach: reach.reachable ? 'yes' : 'no', reason: reach.reason }
          : { reach: 'not-checked', reason: null },
      download: this.deps.downloads.current(),
      installed: manifests.map((m) => ({
        name: m.name,
        label: labelOf(m.name),
        kind: m.kind,
        sha256: m.sourceSha256,
        checkedAgainstPublisher: m.publisherSha256 !== null,
        installedAt: m.installedAt,
      })),
      canManage,
    };
  }
}
