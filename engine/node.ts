/**
 * Node-only parts of the engine: reading form folders, checking them (ajv compiles schemas),
 * compiling validators, the Vite plugin and the CLI. Browser code imports `engine/index.ts`.
 */
export { checkForm } from './definition/checkForm';
export { createDefinition } from './definition/createDefinition';
export { findFormDir } from './definition/findFormDir';
export type { FormLocation } from './definition/listForms';
export { listForms } from './definition/listForms';
export { loadForm } from './definition/loadForm';
export { readFormFiles } from './definition/readFormFiles';
export { readFormFolder } from './definition/readFormFolder';
export { compileStepValidators } from './validation/compileStepValidators';
export { standaloneValidatorsModule } from './validation/standaloneValidatorsModule';
export { formflowVitePlugin } from './build/formflowVitePlugin';
export { runCli } from './cli/runCli';
export { formPages } from './formDocs/formPages';
export { writeFormPages } from './formDocs/writeFormPages';
