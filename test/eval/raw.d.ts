/** Vite's `?raw` imports (a file's text), used by the corpus integrity tests. */
declare module '*?raw' {
  const text: string
  export default text
}
