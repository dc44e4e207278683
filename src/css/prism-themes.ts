import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * Prism's github and dracula themes with the token colours that fall below WCAG 2.1 AA (4.5:1 on the code
 * background) darkened or lightened just enough; the other colours are the themes' own.
 */
const LIGHT_REPLACEMENTS: Record<string, string> = {
  '#999988': '#676758', // comments: 2.71 → 5.39
  '#e3116c': '#c4105d', // strings: 4.32 → 5.51
  '#36acaa': '#1f7a78', // numbers, properties: 2.58 → 4.80
  '#00a4db': '#0072a3', // keywords, attribute names: 2.69 → 5.01
  '#d73a49': '#b92534', // functions, tags: 4.30 → 5.84
};
const DARK_REPLACEMENTS: Record<string, string> = {
  'rgb(98, 114, 164)': '#9aa5ce', // comments: 3.03 → 5.86
};

function recolour(theme: PrismTheme, replacements: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const colour = entry.style.color;
      return colour !== undefined && replacements[colour] !== undefined
        ? {...entry, style: {...entry.style, color: replacements[colour]}}
        : entry;
    }),
  };
}

export const lightCodeTheme = recolour(themes.github, LIGHT_REPLACEMENTS);
export const darkCodeTheme = recolour(themes.dracula, DARK_REPLACEMENTS);
