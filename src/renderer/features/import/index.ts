export { ImportPage } from './ImportPage';
export { uploadImportFile } from './uploadImportFile';
