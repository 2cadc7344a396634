export { MODEL_CATALOG, findCatalogEntry, type CatalogEntry } from './catalog.js';
export {
  ModelError,
  checkModelName,
  type ModelKind,
  type ModelType,
  type ModelManifest,
  type ModelFileRecord,
} from './model-types.js';
export { installModel, type InstallOptions } from './install.js';
export { addModel, type AddOptions } from './add.js';
export { listModels, type ModelListing } from './list.js';
