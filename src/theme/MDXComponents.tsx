import React, {isValidElement, type ComponentProps, type ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import ScrollTable from '@site/src/components/ScrollTable';
import NotConfirmed from '@site/src/components/NotConfirmed';
import StaticHtml from '@site/src/components/StaticHtml';
import {MDX_TOOLS} from '@site/src/components/LazyTools';

/**
 * Components that render only HTML that never changes after load (a link, inline code, a list item, the
 * «ikke bekreftet» marker): a paragraph or list made of these and of plain HTML is not hydrated on the first load
 * (StaticHtml). Anything else inside (a tool, a code block with its copy button, tabs, a collapsible) keeps the
 * paragraph or list hydrated as usual.
 */
const STATIC_SAFE = new Set<unknown>([
  MDXComponents.a,
  MDXComponents.code,
  MDXComponents.li,
  MDXComponents.img,
  NotConfirmed,
]);

/** True when every element under `node` is plain HTML or a STATIC_SAFE component. */
function staticSafe(node: ReactNode): boolean {
  if (Array.isArray(node)) return node.every(staticSafe);
  if (!isValidElement(node)) return true;
  if (typeof node.type !== 'string' && !STATIC_SAFE.has(node.type)) return false;
  return staticSafe((node.props as {children?: ReactNode}).children);
}

function P(props: ComponentProps<'p'>): React.JSX.Element {
  return staticSafe(props.children) ? <StaticHtml as="p" {...props} /> : <p {...props} />;
}
function Ul(props: ComponentProps<'ul'>): React.JSX.Element {
  return staticSafe(props.children) ? <StaticHtml as="ul" {...props} /> : <MDXComponents.ul {...props} />;
}
function Ol(props: ComponentProps<'ol'>): React.JSX.Element {
  return staticSafe(props.children) ? <StaticHtml as="ol" {...props} /> : <ol {...props} />;
}
function Blockquote(props: ComponentProps<'blockquote'>): React.JSX.Element {
  return staticSafe(props.children) ? <StaticHtml as="blockquote" {...props} /> : <blockquote {...props} />;
}
// A list inside a list item, a paragraph in a quote: made by these same components.
for (const component of [P, Ul, Ol, Blockquote]) STATIC_SAFE.add(component);

// The tools, which MDX pages use without an import line: `<TokenInspector />` (the names are in
// src/lib/tools.ts). Each loads its code lazily, so a guide page without a tool downloads none of it. Fact
// tables (EnvironmentTable, ScopeTable …) are imported by the pages that show them: they are server-rendered,
// and a lazy import would blank them while hydrating. The «ikke bekreftet» marker, `<NotConfirmed fact="…" />`,
// is small and goes with every page, so an editor marks a claim without an import line.
export default {
  ...MDXComponents,
  p: P,
  ul: Ul,
  ol: Ol,
  blockquote: Blockquote,
  table: ScrollTable,
  NotConfirmed,
  ...MDX_TOOLS,
};
