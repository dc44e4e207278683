// Each tool's title in the page's language and the code that draws it, made from the registry
// (src/lib/tools.ts). LazyTools, the MDX components and the tools page are all made from this record; a tool
// without a loader here is a type error. This record is in every guide page's bundle: keep it small.
import type {ComponentType} from 'react';
import {translate} from '@docusaurus/Translate';
import {TOOLS, toolTextIds, type ToolId} from '@site/src/lib/tools';

export interface ToolEntry {
  readonly title: () => string;
  /** The tool's body, loaded only on a page that shows the tool. */
  readonly load: () => Promise<{default: ComponentType}>;
}

/** One line per tool: the bundler needs each import written out to make the tool's chunk. */
const LOADERS: Record<ToolId, ToolEntry['load']> = {
  'token-inspector': () => import('../TokenInspector'),
  'error-explainer': () => import('../ErrorExplainer'),
  'scope-validator': () => import('../ScopeValidator'),
  'environment-checker': () => import('../EnvironmentChecker'),
  'grant-builder': () => import('../GrantBuilder'),
  certificate: () => import('../CertificateTool'),
};

export const TOOL_REGISTRY = Object.fromEntries(
  TOOLS.map((row) => [
    row.id,
    {title: () => translate({id: toolTextIds(row).title, message: row.title}), load: LOADERS[row.id]},
  ]),
) as Record<ToolId, ToolEntry>;
