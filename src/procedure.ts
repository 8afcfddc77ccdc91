/**
 * The citizen-portal family: procedure search, procedure guide, dossier status, the catalogue import
 * tool and the QR code they use. Importing this module registers the elements.
 */
export { HccProcedureGuide } from './components/procedure/procedure-guide.js';
export type { ProcedureLoadedDetail, StepToggleDetail, ChecklistChangeDetail, ShareDetail, GuideDataErrorDetail } from './components/procedure/procedure-guide.js';
export { HccQrCode } from './components/procedure/qr-code.js';
export { HccProcedureSearch } from './components/procedure/procedure-search.js';
export type { ProcedureSelectDetail, ProcedureSearchDetail, SearchDataErrorDetail, OnlineFilter } from './components/procedure/procedure-search.js';
export { HccDossierStatus } from './components/dossier-status/dossier-status.js';
export type { DossierStatusDetail, DossierStatusErrorDetail } from './components/dossier-status/dossier-status.js';
export { checkDossierCode, normaliseDossierCode, type DossierCodeCheck, type DossierCodeParts, type DossierCodeProblem } from './components/dossier-status/dossier-code.js';
export { HccProcedureImport } from './components/procedure/procedure-import.js';
export type { CatalogueImportDetail } from './components/procedure/procedure-import.js';
export { importCatalogue, importCsv, importJson, catalogueJson, formatImportReport, type ImportReport, type ImportRejection, type ImportOptions } from './data/import/catalogue-import.js';
