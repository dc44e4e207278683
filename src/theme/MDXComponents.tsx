import MDXComponents from '@theme-original/MDXComponents';
import ScrollTable from '@site/src/components/ScrollTable';
import NotConfirmed from '@site/src/components/NotConfirmed';
import {MDX_TOOLS} from '@site/src/components/LazyTools';

// The tools, which MDX pages use without an import line: `<TokenInspector />` (the names are in
// src/lib/tools.ts). Each loads its code lazily, so a guide page without a tool downloads none of it. Fact
// tables (EnvironmentTable, ScopeTable …) are imported by the pages that show them: they are server-rendered,
// and a lazy import would blank them while hydrating. The «ikke bekreftet» marker, `<NotConfirmed fact="…" />`,
// is small and goes with every page, so an editor marks a claim without an import line.
export default {
  ...MDXComponents,
  table: ScrollTable,
  NotConfirmed,
  ...MDX_TOOLS,
};
