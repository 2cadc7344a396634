export {
  MODEL_CATALOG,
  DEFAULT_MODEL_DOWNLOAD_URL,
  findCatalogEntry,
  downloadUrl,
  type CatalogEntry,
  type ModelSpeed,
} from './catalog.js';
export {
  ModelError,
  checkModelName,
  type ModelKind,
  type ModelType,
  type ModelManifest,
  type ModelFileRecord,
} from './model-types.js';
export { installModel, type InstallOptions, type InstallStage } from './install.js';
export { addModel, type AddOptions } from './add.js';
export { listModels, type ModelListing } from './list.js';
export {
  ModelDownloads,
  DOWNLOAD_STATES,
  type DownloadState,
  type DownloadStatus,
} from './download-service.js';
export { machineClass, recommendedModel, thisMachine, type Machine, type MachineClass } from './machine.js';
export { probePublisher, type Reachability } from './reachability.js';
