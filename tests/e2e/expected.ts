/** Reads the `<pre id="expected-matches">` list of a fixture page: `text → topic` per line. */
export function parseExpected(html: string): Array<{ text: string; topic: string }> {
  const block = /<pre id="expected-matches"[^>]*>([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [text = '', topic = ''] = line.split(' → ');
      return { text: text.trim(), topic: topic.trim() };
    });
}
