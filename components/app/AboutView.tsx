// The About tab: what the seeds say about the talk, then "On this page" for the tab the view follows.
import { useEffect } from 'preact/hooks';
import { About, type FactFocus } from '@/components/About';
import { OnThisPage } from '@/components/OnThisPage';
import type { StoredTranscript } from '@/lib/model/captions';
import type { PageReport } from '@/lib/model/page-report';
import type { Fact } from '@/lib/search/about';
import { useSetting } from './use-talk';
import { copyReport } from './view-actions';

interface Props {
  facts: Fact[];
  focus?: FactFocus;
  report: PageReport | undefined;
  transcript: StoredTranscript | undefined;
  /** Opened from the status line: "On this page" is scrolled to and focused. */
  showPage: boolean;
}

export function AboutView({ facts, focus, report, transcript, showPage }: Props) {
  const switches = { cardEnabled: useSetting('cardEnabled'), marksEnabled: useSetting('marksEnabled') };
  useEffect(() => {
    if (!showPage) return;
    const section = document.getElementById('on-this-page');
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  }, [showPage]);
  return (
    <>
      <About facts={facts} focus={focus} />
      <OnThisPage
        report={report}
        switches={switches}
        transcript={transcript}
        onCopy={report && (() => copyReport(report, { switches, transcript }))}
      />
    </>
  );
}
