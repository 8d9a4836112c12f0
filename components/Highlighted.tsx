// Text with matched words wrapped in <mark>: built as elements, never as HTML.

export function Highlighted({ text, ranges = [] }: { text: string; ranges?: [number, number][] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
