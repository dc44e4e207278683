// What the tools page (/verktoy) says of each tool: apart from the registry, which every guide page loads.
import toolsPageTexts from '@lazy-translations/toolsPage';
import {lazyTranslator} from '../lazyTranslator';
import type {ToolId} from '@site/src/lib/tools';

// This page's texts load with it, not with every page (plugins/lazy-translations).
const {translate} = lazyTranslator(toolsPageTexts);

export interface ToolPageTexts {
  /** One sentence for the tools page: what the tool is for. */
  readonly intro: () => string;
  /** The name of the guide page the tool belongs to, for the tools page's "Mer i veiledningen" link. */
  readonly guideLabel: () => string;
}

export const TOOL_PAGE_TEXTS: Record<ToolId, ToolPageTexts> = {
  'token-inspector': {
    intro: () =>
      translate({
        id: 'tools.page.tokenInspector.intro',
        message:
          'Lim inn et grant eller et access token og se hva som er feil for miljøet dere har valgt, med signaturkontroll når dere gir en nøkkel.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.feilsoking', message: 'Feilsøking'}),
  },
  'error-explainer': {
    intro: () =>
      translate({
        id: 'tools.page.errorExplainer.intro',
        message: 'Lim inn feilsvaret fra token-endepunktet og få MP-koden forklart, med hva dere gjør for å rette den.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.feilsoking', message: 'Feilsøking'}),
  },
  'scope-validator': {
    intro: () =>
      translate({
        id: 'tools.page.scopeValidator.intro',
        message:
          'Kontroller scopes mot syntaksen og DSOP-scopene for ajourhold, og rett vanlige kopieringsfeil med ett klikk.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.scopes', message: 'Scopes'}),
  },
  'environment-checker': {
    intro: () =>
      translate({
        id: 'tools.page.environmentChecker.intro',
        message:
          'Kontroller at token-endepunkt, audience, utsteder, JWKS, sertifikat og API-adresse hører til samme miljø.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.miljoer', message: 'Miljøer'}),
  },
  'grant-builder': {
    intro: () =>
      translate({
        id: 'tools.page.grantBuilder.intro',
        message:
          'Lag header og claims for grantet, token-forespørselen som curl og et kodeeksempel. Verktøyet ber aldri om den private nøkkelen deres.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.kodeeksempler', message: 'Kodeeksempler'}),
  },
  certificate: {
    intro: () =>
      translate({
        id: 'tools.page.certificate.intro',
        message:
          'Åpne virksomhetssertifikatet og få JWK-en til klienten, x5c til grantet, alt som er galt med sertifikatet og en datert plan for fornyelsen. Verktøyet ber aldri om den private nøkkelen.',
      }),
    guideLabel: () => translate({id: 'tools.page.guide.virksomhetssertifikat', message: 'Virksomhetssertifikat'}),
  },
};
