// Test double for @docusaurus/router: one location, and a history that records where it was sent.
export const pushed: string[] = [];

export function useLocation(): {pathname: string; hash: string; search: string} {
  return {pathname: '/verktoy', hash: '', search: ''};
}

export function useHistory(): {push: (path: string) => void} {
  return {push: (path: string) => void pushed.push(path)};
}
