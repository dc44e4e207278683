import MDXComponents from '@theme-original/MDXComponents';
import {
  EnvironmentChecker,
  EnvironmentTable,
  ErrorExplainer,
  FindingReference,
  GrantBuilder,
  ScopeTable,
  ScopeValidator,
  TokenInspector,
} from '@site/src/components/LazyTools';

// Tools and fact tables that MDX pages use without an import line: `<TokenInspector />`. Each loads its code
// lazily, so a guide page without a tool downloads none of it.
export default {
  ...MDXComponents,
  ScopeValidator,
  EnvironmentChecker,
  TokenInspector,
  GrantBuilder,
  ErrorExplainer,
  EnvironmentTable,
  ScopeTable,
  FindingReference,
};
