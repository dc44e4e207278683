import React from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import ToolPlaceholder from '@site/src/components/ToolPlaceholder';

// Tools and fact tables that MDX pages use without an import line: `<TokenInspector />`.
export default {
  ...MDXComponents,
  ScopeValidator: () => <ToolPlaceholder tool="scope-validator" />,
  EnvironmentChecker: () => <ToolPlaceholder tool="environment-checker" />,
  TokenInspector: () => <ToolPlaceholder tool="token-inspector" />,
  GrantBuilder: () => <ToolPlaceholder tool="grant-builder" />,
  ErrorExplainer: () => <ToolPlaceholder tool="error-explainer" />,
  EnvironmentTable: () => <ToolPlaceholder tool="environment-table" />,
  ScopeTable: () => <ToolPlaceholder tool="scope-table" />,
  FindingReference: () => <ToolPlaceholder tool="finding-reference" />,
};
