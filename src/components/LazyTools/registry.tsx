// One entry per tool (src/lib/tools.ts lists them): its title in the page's language and the code that draws it.
// LazyTools, the MDX components and the tools page are all made from this record, so a new tool is one row in
// src/lib/tools.ts and one entry here (the type fails until both exist), and one in page-texts.ts for the
// tools page (kept apart: this record is in every guide page's bundle).
import type {ComponentType} from 'react';
import {translate} from '@docusaurus/Translate';
import type {ToolId} from '@site/src/lib/tools';

export interface ToolEntry {
  readonly title: () => string;
  /** The tool's body, loaded only on a page that shows the tool. */
  readonly load: () => Promise<{default: ComponentType}>;
}

export const TOOL_REGISTRY: Record<ToolId, ToolEntry> = {
  'token-inspector': {
    title: () => translate({id: 'tools.tokenInspector.title', message: 'Token-inspektør'}),
    load: () => import('../TokenInspector'),
  },
  'error-explainer': {
    title: () => translate({id: 'tools.errorExplainer.title', message: 'Feilforklarer'}),
    load: () => import('../ErrorExplainer'),
  },
  'scope-validator': {
    title: () => translate({id: 'tools.scopeValidator.title', message: 'Scope-sjekk'}),
    load: () => import('../ScopeValidator'),
  },
  'environment-checker': {
    title: () => translate({id: 'tools.environmentChecker.title', message: 'Miljøsjekk'}),
    load: () => import('../EnvironmentChecker'),
  },
  'grant-builder': {
    title: () => translate({id: 'tools.grantBuilder.title', message: 'Grant-bygger'}),
    load: () => import('../GrantBuilder'),
  },
  certificate: {
    title: () => translate({id: 'tools.certificate.title', message: 'Sertifikatverktøy'}),
    load: () => import('../CertificateTool'),
  },
};
