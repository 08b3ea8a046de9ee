export { WorkspaceIndex, DEFAULT_LIMITS, type IndexLimits } from './workspaceIndex';
export type { FileFacts, ObjectFact, RefFact } from './facts';
export { sameNamespace, type WorkspaceView } from './view';
export { findDefinition, findReferences, serviceCodeLenses, SHOW_REFERENCES_COMMAND } from './navigation';
