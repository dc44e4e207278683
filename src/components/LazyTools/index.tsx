// The tools and fact tables as MDX pages and the tools page use them. Each one's code (jose, @peculiar/x509,
// the finding texts) is a separate chunk, loaded only by a page that shows it; what is imported here statically
// ends up in the bundle every page loads, so keep this file small.
import React, {Suspense, lazy, useCallback, useEffect, useState, type ComponentType} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Translate, {translate} from '@docusaurus/Translate';
import ToolShell, {ToolNeedsJavaScript} from '../ToolShell';

export type ToolId =
  'scope-validator' | 'environment-checker' | 'token-inspector' | 'grant-builder' | 'error-explainer';

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

/** Rendered after the lazy body inside the same Suspense boundary: its effect runs once the body has mounted. */
function Mounted({onMount}: {readonly onMount: () => void}): null {
  useEffect(onMount, [onMount]);
  return null;
}

function browserTool(tool: ToolId, load: () => Promise<{default: ComponentType}>): ComponentType<ToolProps> {
  const Body = lazy(load);
  function Tool({hideTitle}: ToolProps): React.JSX.Element {
    // data-ready="true" on the shell once the body is there: tests and the byte budget wait for it.
    const [isReady, setReady] = useState(false);
    const onMount = useCallback(() => setReady(true), []);
    return (
      <ToolShell tool={tool} title={toolTitle(tool)} hideTitle={hideTitle} ready={isReady}>
        <BrowserOnly fallback={<ToolNeedsJavaScript />}>
          {() => (
            <Suspense fallback={<Loading />}>
              <Body />
              <Mounted onMount={onMount} />
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
