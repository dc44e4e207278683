// `?raw` imports give the file's text (plugins/raw-examples for the site, vite for the unit tests).
declare module '*?raw' {
  const text: string;
  export default text;
}
