// Test double for @docusaurus/useBrokenLinks: records collected anchors so a test can read them.
export const collectedAnchors: string[] = [];
export const collectedLinks: string[] = [];

export default function useBrokenLinks(): {collectAnchor: (id?: string) => void; collectLink: (link?: string) => void} {
  return {
    collectAnchor: (id) => {
      if (id) collectedAnchors.push(id);
    },
    collectLink: (link) => {
      if (link) collectedLinks.push(link);
    },
  };
}
