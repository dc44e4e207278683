// Test double for @docusaurus/useIsBrowser.
export default function useIsBrowser(): boolean {
  return true;
}
