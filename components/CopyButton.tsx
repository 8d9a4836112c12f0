// A copy button: its label, then for a moment "Copied" or "Copy failed".
import { useEffect, useState } from 'preact/hooks';

interface Props {
  copy: () => Promise<void>;
  label: string;
  /** The button's accessible name, where the label alone does not say what is copied. */
  name?: string;
}

export function CopyButton({ copy, label, name }: Props) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(undefined), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      class="copy"
      aria-label={name}
      onClick={() =>
        copy().then(
          () => setCopied('yes'),
          () => setCopied('failed'),
        )
      }
    >
      {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed' : label}
    </button>
  );
}
