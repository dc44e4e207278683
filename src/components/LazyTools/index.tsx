// The tools as MDX pages and the tools page use them, made from the registry. Each one's code (jose,
// @peculiar/x509, the finding texts) is a separate chunk, loaded only by a page that shows it; what is imported
// here statically ends up in the bundle every page loads, so keep this file and the registry small.
import React, {Suspense, lazy, useCallback, useEffect, useState, type ComponentType} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Translate from '@docusaurus/Translate';
import {TOOLS, type ToolComponentName, type ToolId} from '@site/src/lib/tools';
import ToolShell, {ToolNeedsJavaScript} from '../ToolShell';
import {TOOL_REGISTRY} from './registry';

export type {ToolId};

export function toolTitle(tool: ToolId): string {
  return TOOL_REGISTRY[tool].title();
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

function browserTool(tool: ToolId): ComponentType<ToolProps> {
  const Body = lazy(TOOL_REGISTRY[tool].load);
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

/** Each tool's component, by id. */
export const TOOL_COMPONENTS = Object.fromEntries(TOOLS.map(({id}) => [id, browserTool(id)])) as Record<
  ToolId,
  ComponentType<ToolProps>
>;

/** The tools by the names MDX pages write them with: `<TokenInspector />`. */
export const MDX_TOOLS = Object.fromEntries(TOOLS.map(({id, component}) => [component, TOOL_COMPONENTS[id]])) as Record<
  ToolComponentName,
  ComponentType<ToolProps>
>;

export const {ScopeValidator, EnvironmentChecker, TokenInspector, GrantBuilder, ErrorExplainer, CertificateTool} =
  MDX_TOOLS;
