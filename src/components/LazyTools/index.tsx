// The tools and fact tables as MDX pages and the tools page use them. Each one's code (jose, @peculiar/x509,
// the finding texts) is a separate chunk, loaded only by a page that shows it; what is imported here statically
// ends up in the bundle every page loads, so keep this file small.
import React, {Suspense, lazy, type ComponentType} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Translate, {translate} from '@docusaurus/Translate';
import ToolShell, {ToolNeedsJavaScript} from '../ToolShell';

export type ToolId =
  'scope-validator' | 'environment-checker' | 'token-inspector' | 'grant-builder' | 'error-explainer' | 'certificate';

export function toolTitle(tool: ToolId): string {
  switch (tool) {
    case 'scope-validator':
      return translate({id: 'tools.scopeValidator.title', message: 'Scope-sjekk'});
    case 'environment-checker':
      return translate({id: 'tools.environmentChecker.title', message: 'Miljøsjekk'});
    case 'token-inspector':
      return translate({id: 'tools.tokenInspector.title', message: 'Token-inspektør'});
    case 'grant-builder':
      return translate({id: 'tools.grantBuilder.title', message: 'Grant-bygger'});
    case 'certificate':
      return translate({id: 'tools.certificate.title', message: 'Sertifikatverktøy'});
    default:
      return translate({id: 'tools.errorExplainer.title', message: 'Feilforklarer'});
  }
}

function Loading(): React.JSX.Element {
  return (
    <p role="status">
      <Translate id="tools.loading">Laster verktøyet …</Translate>
    </p>
  );
}

export interface ToolProps {
  /** On the tools page the heading above the tool already names it. */
  readonly hideTitle?: boolean;
}

function browserTool(tool: ToolId, load: () => Promise<{default: ComponentType}>): ComponentType<ToolProps> {
  const Body = lazy(load);
  function Tool({hideTitle}: ToolProps): React.JSX.Element {
    return (
      <ToolShell tool={tool} title={toolTitle(tool)} hideTitle={hideTitle}>
        <BrowserOnly fallback={<ToolNeedsJavaScript />}>
          {() => (
            <Suspense fallback={<Loading />}>
              <Body />
            </Suspense>
          )}
        </BrowserOnly>
      </ToolShell>
    );
  }
  Tool.displayName = `Lazy(${tool})`;
  return Tool;
}

export const ScopeValidator = browserTool('scope-validator', () => import('../ScopeValidator'));
export const EnvironmentChecker = browserTool('environment-checker', () => import('../EnvironmentChecker'));
export const TokenInspector = browserTool('token-inspector', () => import('../TokenInspector'));
export const GrantBuilder = browserTool('grant-builder', () => import('../GrantBuilder'));
export const ErrorExplainer = browserTool('error-explainer', () => import('../ErrorExplainer'));
export const CertificateTool = browserTool('certificate', () => import('../CertificateTool'));
