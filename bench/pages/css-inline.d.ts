/** Vite's `?inline` CSS imports: the stylesheet as a string. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
