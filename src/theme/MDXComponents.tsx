import MDXComponents from '@theme-original/MDXComponents';
import ScrollTable from '@site/src/components/ScrollTable';
import {
  CertificateTool,
  EnvironmentChecker,
  ErrorExplainer,
  GrantBuilder,
  ScopeValidator,
  TokenInspector,
} from '@site/src/components/LazyTools';

// The tools, which MDX pages use without an import line: `<TokenInspector />`. Each loads its code lazily, so
// a guide page without a tool downloads none of it. Fact tables (EnvironmentTable, ScopeTable …) are imported
// by the pages that show them: they are server-rendered, and a lazy import would blank them while hydrating.
export default {
  ...MDXComponents,
  table: ScrollTable,
  ScopeValidator,
  EnvironmentChecker,
  TokenInspector,
  GrantBuilder,
  ErrorExplainer,
  CertificateTool,
};
