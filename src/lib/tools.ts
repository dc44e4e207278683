// The tool registry: every tool the site has, as one row of data. The tools page, the home page's tool cards,
// the MDX names (`<TokenInspector />`), the lazily loaded text groups (plugins/lazy-translations) and the browser
// tests' examples are all made from these rows. A tool's texts are found by its id: its title here (Norwegian)
// and under `tools.<key>.title` in i18n/en/code.json, its intro under `tools.page.<key>.intro` and its guide
// page's name under `tools.page.guide.<page>` in both i18n/nb/code.json and i18n/en/code.json (a unit test checks
// each one). Its code is loaded by src/components/LazyTools/registry.tsx (the type fails until it is there).

export interface ToolRow {
  /** Carried as `data-tool` and used as the anchor on /verktoy. */
  readonly id: string;
  /** The name MDX pages write the tool with. */
  readonly component: string;
  /** The guide page the tool belongs to. */
  readonly guide: `/docs/${string}`;
  /** The tool's own text ids start with this; they load with the tool's body, not with every page. */
  readonly texts: `tools.${string}.`;
  /** Its title in Norwegian (English: `tools.<key>.title`). */
  readonly title: string;
  /** The example (a `data-example` button) that shows the tool's findings, outputs and tables. */
  readonly showcase: string;
}

export const TOOLS = [
  {
    id: 'token-inspector',
    component: 'TokenInspector',
    guide: '/docs/feilsoking',
    texts: 'tools.token.',
    title: 'Token-inspektør',
    showcase: 'wrong-audience',
  },
  {
    id: 'error-explainer',
    component: 'ErrorExplainer',
    guide: '/docs/feilsoking',
    texts: 'tools.error.',
    title: 'Feilforklarer',
    showcase: 'mp-110',
  },
  {
    id: 'scope-validator',
    component: 'ScopeValidator',
    guide: '/docs/scopes',
    texts: 'tools.scope.',
    title: 'Scope-sjekk',
    showcase: 'garbled',
  },
  {
    id: 'environment-checker',
    component: 'EnvironmentChecker',
    guide: '/docs/miljoer',
    texts: 'tools.env.',
    title: 'Miljøsjekk',
    showcase: 'seed',
  },
  {
    id: 'grant-builder',
    component: 'GrantBuilder',
    guide: '/docs/kodeeksempler',
    texts: 'tools.grant.',
    title: 'Grant-bygger',
    showcase: 'garbled',
  },
  {
    id: 'certificate',
    component: 'CertificateTool',
    guide: '/docs/virksomhetssertifikat',
    texts: 'tools.cert.',
    title: 'Sertifikatverktøy',
    showcase: 'expiring',
  },
] as const satisfies readonly ToolRow[];

export type ToolId = (typeof TOOLS)[number]['id'];
export type ToolComponentName = (typeof TOOLS)[number]['component'];

/** Every tool id, in the order the tools page shows them. */
export const TOOL_IDS: readonly ToolId[] = TOOLS.map((t) => t.id);

/** `token-inspector` → `tokenInspector`: the part of a tool's text ids that names it. */
export function toolKey(id: ToolId): string {
  return id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The ids of a tool's texts on the tools page and the home page. */
export function toolTextIds(row: ToolRow): {title: string; intro: string; guideLabel: string} {
  const key = toolKey(row.id as ToolId);
  return {
    title: `tools.${key}.title`,
    intro: `tools.page.${key}.intro`,
    guideLabel: `tools.page.guide.${row.guide.replace('/docs/', '')}`,
  };
}
