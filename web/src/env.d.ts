// The dashboard runs in a browser: DOM types for web/src (the root tsconfig is otherwise Node's).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

// Vite imports the dashboard's known operations (operations/tablero/*.graphql) as text.
declare module '*.graphql?raw' {
  const source: string;
  export default source;
}
