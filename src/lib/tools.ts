// The tools the site has, as data: the id each one carries as `data-tool`, the name MDX pages write it by, and
// the guide page it belongs to. The components' registry (src/components/LazyTools/registry.tsx) gives each
// one its title, intro and code; the browser tests read the ids from here.

export const TOOLS = [
  {id: 'token-inspector', component: 'TokenInspector', guide: '/docs/feilsoking'},
  {id: 'error-explainer', component: 'ErrorExplainer', guide: '/docs/feilsoking'},
  {id: 'scope-validator', component: 'ScopeValidator', guide: '/docs/scopes'},
  {id: 'environment-checker', component: 'EnvironmentChecker', guide: '/docs/miljoer'},
  {id: 'grant-builder', component: 'GrantBuilder', guide: '/docs/kodeeksempler'},
  {id: 'certificate', component: 'CertificateTool', guide: '/docs/virksomhetssertifikat'},
] as const;

export type ToolId = (typeof TOOLS)[number]['id'];
export type ToolComponentName = (typeof TOOLS)[number]['component'];

/** Every tool id, in the order the tools page shows them. */
export const TOOL_IDS: readonly ToolId[] = TOOLS.map((t) => t.id);
