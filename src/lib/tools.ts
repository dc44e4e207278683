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
  /**
   * The height in px the tool's body takes before anything is pasted, at each of RESERVE_WIDTHS (the least
   * content width of each band), in the taller of the two languages, touch or not. The frame keeps this much
   * room from the first paint, so the tool mounting does not push down what a link landed on. Re-measure with
   * `npm run measure:tools` after changing a tool's empty state; a browser test fails while a body outgrows it.
   */
  readonly reserve: readonly [number, number, number, number, number, number];
}

/** The least content width (px) of each band a tool's reserved height is given for: phones, tablets, desktops. */
export const RESERVE_WIDTHS = [0, 320, 440, 600, 840, 1040] as const;

export const TOOLS = [
  {
    id: 'token-inspector',
    component: 'TokenInspector',
    guide: '/docs/feilsoking',
    texts: 'tools.token.',
    title: 'Token-inspektør',
    showcase: 'wrong-audience',
    reserve: [714, 655, 655, 519, 469, 443],
  },
  {
    id: 'error-explainer',
    component: 'ErrorExplainer',
    guide: '/docs/feilsoking',
    texts: 'tools.error.',
    title: 'Feilforklarer',
    showcase: 'mp-110',
    reserve: [634, 601, 552, 401, 379, 328],
  },
  {
    id: 'scope-validator',
    component: 'ScopeValidator',
    guide: '/docs/scopes',
    texts: 'tools.scope.',
    title: 'Scope-sjekk',
    showcase: 'garbled',
    reserve: [361, 361, 311, 255, 255, 205],
  },
  {
    id: 'environment-checker',
    component: 'EnvironmentChecker',
    guide: '/docs/miljoer',
    texts: 'tools.env.',
    title: 'Miljøsjekk',
    showcase: 'seed',
    reserve: [1327, 1251, 1196, 843, 707, 657],
  },
  {
    id: 'grant-builder',
    component: 'GrantBuilder',
    guide: '/docs/kodeeksempler',
    texts: 'tools.grant.',
    title: 'Grant-bygger',
    showcase: 'garbled',
    reserve: [764, 715, 634, 544, 386, 360],
  },
  {
    id: 'certificate',
    component: 'CertificateTool',
    guide: '/docs/virksomhetssertifikat',
    texts: 'tools.cert.',
    title: 'Sertifikatverktøy',
    showcase: 'expiring',
    reserve: [796, 721, 624, 564, 520, 520],
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
