// Test double for @docusaurus/useGlobalData: no plugin has global data (a test sets its own with vi.mock).
export function usePluginData(): unknown {
  return undefined;
}
export default function useGlobalData(): Record<string, unknown> {
  return {};
}
