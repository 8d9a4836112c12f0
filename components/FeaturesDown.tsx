// Under the view's header: each feature that is down on the followed page, in words, and where to see what works.
export function FeaturesDown({ lines, onDetails }: { lines: string[]; onDetails: () => void }) {
  if (lines.length === 0) return null;
  return (
    <div class="features-down" role="status">
      {lines.map((line) => (
        <p key={line} class="message">
          {line}
        </p>
      ))}
      <button type="button" class="link small" onClick={onDetails}>
        What works on this page
      </button>
    </div>
  );
}
