// What the tools page and the home page say of each tool besides its title: its intro and its guide page's name,
// from the registry's text ids (src/lib/tools.ts). These texts load with those two pages (the `toolsPage` group
// of plugins/lazy-translations), not with every page.
import toolsPageTexts from '@lazy-translations/toolsPage';
import {lazyText} from '../lazyTranslator';
import {TOOLS, toolTextIds, type ToolId} from '@site/src/lib/tools';

function text(id: string): string {
  // Both languages keep these texts in their code.json; a missing one is a unit test failure, shown as its id.
  return lazyText(toolsPageTexts, id) ?? id;
}

export function toolIntro(id: ToolId): string {
  const row = TOOLS.find((t) => t.id === id);
  return row ? text(toolTextIds(row).intro) : id;
}

export function toolGuideLabel(id: ToolId): string {
  const row = TOOLS.find((t) => t.id === id);
  return row ? text(toolTextIds(row).guideLabel) : id;
}
