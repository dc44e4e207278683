import React, {type ComponentType} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {
  CertificateTool,
  EnvironmentChecker,
  ErrorExplainer,
  GrantBuilder,
  ScopeValidator,
  TokenInspector,
  toolTitle,
  type ToolId,
  type ToolProps,
} from '@site/src/components/LazyTools';

interface ToolEntry {
  readonly id: ToolId;
  readonly Tool: ComponentType<ToolProps>;
  readonly guide: string;
  readonly guideLabel: string;
  readonly intro: string;
}

function entries(): ToolEntry[] {
  return [
    {
      id: 'token-inspector',
      Tool: TokenInspector,
      guide: '/docs/feilsoking',
      guideLabel: translate({id: 'tools.page.guide.feilsoking', message: 'Feilsøking'}),
      intro: translate({
        id: 'tools.page.tokenInspector.intro',
        message:
          'Lim inn en grant eller et access token og se hva som er feil for miljøet du har valgt, med signaturkontroll når du gir en nøkkel.',
      }),
    },
    {
      id: 'error-explainer',
      Tool: ErrorExplainer,
      guide: '/docs/feilsoking',
      guideLabel: translate({id: 'tools.page.guide.feilsoking', message: 'Feilsøking'}),
      intro: translate({
        id: 'tools.page.errorExplainer.intro',
        message: 'Lim inn feilsvaret fra token-endepunktet og få MP-koden forklart, med hva du gjør for å rette den.',
      }),
    },
    {
      id: 'scope-validator',
      Tool: ScopeValidator,
      guide: '/docs/scopes',
      guideLabel: translate({id: 'tools.page.guide.scopes', message: 'Scopes'}),
      intro: translate({
        id: 'tools.page.scopeValidator.intro',
        message:
          'Kontroller scopes mot syntaksen og DSOP-scopene for ajourhold, og rett vanlige kopieringsfeil med ett klikk.',
      }),
    },
    {
      id: 'environment-checker',
      Tool: EnvironmentChecker,
      guide: '/docs/miljoer',
      guideLabel: translate({id: 'tools.page.guide.miljoer', message: 'Miljøer'}),
      intro: translate({
        id: 'tools.page.environmentChecker.intro',
        message:
          'Kontroller at token-endepunkt, audience, issuer, JWKS, sertifikat og API-adresse hører til samme miljø.',
      }),
    },
    {
      id: 'grant-builder',
      Tool: GrantBuilder,
      guide: '/docs/kodeeksempler',
      guideLabel: translate({id: 'tools.page.guide.kodeeksempler', message: 'Kodeeksempler'}),
      intro: translate({
        id: 'tools.page.grantBuilder.intro',
        message:
          'Lag header og claims for granten, token-forespørselen som curl og et kodeeksempel. Verktøyet ber aldri om den private nøkkelen din.',
      }),
    },
    {
      id: 'certificate',
      Tool: CertificateTool,
      guide: '/docs/virksomhetssertifikat',
      guideLabel: translate({id: 'tools.page.guide.virksomhetssertifikat', message: 'Virksomhetssertifikat'}),
      intro: translate({
        id: 'tools.page.certificate.intro',
        message:
          'Åpne virksomhetssertifikatet og få JWK-en til klienten, x5c til grantet, alt som er galt med sertifikatet og en datert plan for fornyelsen. Verktøyet ber aldri om den private nøkkelen.',
      }),
    },
  ];
}

export default function ToolsPage(): React.JSX.Element {
  const tools = entries();
  return (
    <Layout
      title={translate({id: 'tools.page.title', message: 'Verktøy'})}
      description={translate({
        id: 'tools.page.description',
        message: 'Verktøy for Maskinporten som kjører i nettleseren.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="tools.page.title">Verktøy</Translate>
        </Heading>
        <p>
          <Translate id="tools.page.intro">
            Seks verktøy for å få Maskinporten-integrasjonen riktig: sjekk scopes og miljø, bygg en grant, undersøk et
            token, forstå feilsvaret fra Maskinporten og gjør virksomhetssertifikatet klart.
          </Translate>
        </p>
        <p>
          <strong>
            <Translate id="tools.page.privacy">
              Alt kjører i nettleseren din. Det du limer inn, sendes ikke noe sted og lagres ikke.
            </Translate>
          </strong>
        </p>
        <nav aria-label={translate({id: 'tools.page.toc', message: 'Verktøyene på siden'})}>
          <ul>
            {tools.map(({id}) => (
              <li key={id}>
                <Link to={`#${id}`}>{toolTitle(id)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {tools.map(({id, Tool, guide, guideLabel, intro}) => (
          <section key={id} className="margin-top--xl">
            <Heading as="h2" id={id}>
              {toolTitle(id)}
            </Heading>
            <p>{intro}</p>
            <Tool hideTitle />
            <p>
              <Translate id="tools.page.guideLink" values={{link: <Link to={guide}>{guideLabel}</Link>}}>
                {'Mer i veiledningen: {link}'}
              </Translate>
            </p>
          </section>
        ))}
      </main>
    </Layout>
  );
}
