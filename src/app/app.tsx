/** Placeholder shell; the explorer replaces it. */
export function App() {
  return <h1>Quotegraph</h1>;
}
