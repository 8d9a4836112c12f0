// Everything the seeds say about the talk, each fact once: overview, themes, speakers with their profiles, the
// session's details and link, and the long description (collapsed at first). A search result can open it at a fact.
import { useEffect, useRef } from 'preact/hooks';
import type { Fact, FactSection } from '@/lib/search/about';
import { Highlighted } from './Highlighted';
import { KeyboardHelp } from './KeyboardHelp';

export interface FactFocus {
  key: string;
  ranges: [number, number][];
}

interface Props {
  facts: Fact[];
  focus?: FactFocus;
}

const HEADINGS: Partial<Record<FactSection, string>> = { themes: 'Themes', speakers: 'Speakers', details: 'Session' };

export function About({ facts, focus }: Props) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focus) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-fact="${CSS.escape(focus.key)}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [focus]);

  if (facts.length === 0) return <p class="muted">The talk's documents say nothing more about it.</p>;
  const text = (fact: Fact) => (
    <Highlighted text={fact.text} ranges={focus?.key === fact.key ? focus.ranges : undefined} />
  );
  // Each fact can be scrolled to and focused; the one a search result opened is marked.
  const mark = (fact: Fact, base = '') => ({
    'data-fact': fact.key,
    tabIndex: -1,
    class: [base, focus?.key === fact.key && 'focused'].filter(Boolean).join(' ') || undefined,
  });
  const of = (section: FactSection) => facts.filter((fact) => fact.section === section);
  const heading = (section: FactSection) => of(section).length > 0 && HEADINGS[section] && <h2>{HEADINGS[section]}</h2>;

  return (
    <section class="about" ref={root} aria-label="About this talk">
      {of('overview').map((fact) => (
        <p key={fact.key} {...mark(fact, 'overview')}>
          {text(fact)}
        </p>
      ))}
      {heading('themes')}
      {of('themes').length > 0 && (
        <ul class="themes">
          {of('themes').map((fact) => (
            <li key={fact.key} {...mark(fact)}>
              {text(fact)}
            </li>
          ))}
        </ul>
      )}
      {heading('speakers')}
      {of('speakers').map((fact) => (
        <p key={fact.key} {...mark(fact, fact.key.startsWith('profile:') ? 'profile' : 'speaker')}>
          {text(fact)}
        </p>
      ))}
      {heading('details')}
      {of('details').length > 0 && (
        <dl class="details">
          {of('details').map((fact) => (
            <div key={fact.key} {...mark(fact)}>
              <dt>{fact.label}</dt>
              <dd>
                {fact.link ? (
                  <a href={fact.link} target="_blank" rel="noopener noreferrer">
                    {text(fact)}
                  </a>
                ) : (
                  text(fact)
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {of('description').map((fact) => (
        <details key={`${fact.key}:${focus?.key === fact.key}`} open={focus?.key === fact.key} {...mark(fact)}>
          <summary>{fact.label}</summary>
          <p>{text(fact)}</p>
        </details>
      ))}
      <KeyboardHelp />
    </section>
  );
}
