// One entry per tool (src/lib/tools.ts lists them): its title and intro in the page's language and the code
// that draws it. LazyTools, the MDX components and the tools page are all made from this record, so a new tool
// is one row in src/lib/tools.ts and one entry here (the type fails until both exist).
import type {ComponentType} from 'react';
import {translate} from '@docusaurus/Translate';
import type {ToolId} from '@site/src/lib/tools';

export interface ToolEntry {
  readonly title: () => string;
  /** One sentence for the tools page: what the tool is for. */
  readonly intro: () => string;
  /** The name of the guide page the tool belongs to, for the tools page's "Mer i veiledningen" link. */
  readonly guideLabel: () => string;
  /** The tool's body, loaded only on a page that shows the tool. */
  readonly load: () => Promise<{default: ComponentType}>;
}

export const TOOL_REGISTRY: Record<ToolId, ToolEntry> = {
  'token-inspector': {
    title: () => translate({id: 'tools.tokenInspector.title', message: 'Token-inspektør'}),
    intro: () =>
      translate({
        id: 'tools.page.tokenInspector.intro',
        message:
          'Lim inn et grant eller et access token og se hva som er feil for miljøet dere har valgt, med signaturkontroll når dere gir en nøkkel.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.feilsoking', message: 'Feilsøking'}),
    load: () => import('../TokenInspector'),
  },
  'error-explainer': {
    title: () => translate({id: 'tools.errorExplainer.title', message: 'Feilforklarer'}),
    intro: () =>
      translate({
        id: 'tools.page.errorExplainer.intro',
        message: 'Lim inn feilsvaret fra token-endepunktet og få MP-koden forklart, med hva dere gjør for å rette den.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.feilsoking', message: 'Feilsøking'}),
    load: () => import('../ErrorExplainer'),
  },
  'scope-validator': {
    title: () => translate({id: 'tools.scopeValidator.title', message: 'Scope-sjekk'}),
    intro: () =>
      translate({
        id: 'tools.page.scopeValidator.intro',
        message:
          'Kontroller scopes mot syntaksen og DSOP-scopene for ajourhold, og rett vanlige kopieringsfeil med ett klikk.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.scopes', message: 'Scopes'}),
    load: () => import('../ScopeValidator'),
  },
  'environment-checker': {
    title: () => translate({id: 'tools.environmentChecker.title', message: 'Miljøsjekk'}),
    intro: () =>
      translate({
        id: 'tools.page.environmentChecker.intro',
        message:
          'Kontroller at token-endepunkt, audience, issuer, JWKS, sertifikat og API-adresse hører til samme miljø.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.miljoer', message: 'Miljøer'}),
    load: () => import('../EnvironmentChecker'),
  },
  'grant-builder': {
    title: () => translate({id: 'tools.grantBuilder.title', message: 'Grant-bygger'}),
    intro: () =>
      translate({
        id: 'tools.page.grantBuilder.intro',
        message:
          'Lag header og claims for grantet, token-forespørselen som curl og et kodeeksempel. Verktøyet ber aldri om den private nøkkelen deres.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.kodeeksempler', message: 'Kodeeksempler'}),
    load: () => import('../GrantBuilder'),
  },
  certificate: {
    title: () => translate({id: 'tools.certificate.title', message: 'Sertifikatverktøy'}),
    intro: () =>
      translate({
        id: 'tools.page.certificate.intro',
        message:
          'Åpne virksomhetssertifikatet og få JWK-en til klienten, x5c til grantet, alt som er galt med sertifikatet og en datert plan for fornyelsen. Verktøyet ber aldri om den private nøkkelen.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.virksomhetssertifikat', message: 'Virksomhetssertifikat'}),
    load: () => import('../CertificateTool'),
  },
};
