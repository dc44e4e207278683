/**
 * Deployment settings, read from the environment so that a fork or a preview deploy changes no code.
 * The GitHub Pages workflow sets SITE_URL and BASE_URL; EDIT_URL points "Rediger denne siden" at the repository.
 */
export const siteUrl = process.env.SITE_URL ?? 'https://maskinporten-pensjon.github.io';
export const baseUrl = process.env.BASE_URL ?? '/';
export const repositoryUrl =
  process.env.REPOSITORY_URL ?? 'https://github.com/maskinporten-pensjon/maskinporten-pensjon';
export const editUrl = process.env.EDIT_URL ?? `${repositoryUrl}/edit/main/`;
