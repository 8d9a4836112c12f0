// A saved quote wherever it appears: its own copy of the words, its place on the timeline, its talk, its note.
import type { Save, SavedSlide } from '@/lib/model/save';
import { NoteEditor } from './NoteEditor';
import type { SaveActions } from './quote-actions';
import { QuoteItem, type ItemExtras } from './QuoteItem';
import { SlideThumb } from './SlideThumb';

interface Props {
  save: Save;
  /** The note as the user was typing it, not saved yet. */
  draft?: string;
  actions: SaveActions;
  extras: ItemExtras;
  /** Its slide, where Saved shows them (not in search results). */
  slide?: { slide: SavedSlide | undefined; onShow: (slide: SavedSlide) => void };
}

export function SavedQuote({ save, draft, actions, extras, slide }: Props) {
  const place = actions.timeline.startOf(save.quoteId, save.start);
  return (
    <QuoteItem
      text={save.text}
      speaker={save.source === 'captions' ? 'from captions' : save.speaker}
      place={place}
      saved
      actions={{
        toggleSave: () => actions.toggleSave(save),
        jump: (seconds) => actions.jump(save, seconds),
        copy: () => actions.copy(save, place.start),
      }}
      extras={extras}
    >
      {slide && (
        <SlideThumb
          slide={slide.slide}
          elsewhere={save.slideElsewhere === true}
          start={place.start}
          onShow={slide.onShow}
        />
      )}
      <NoteEditor
        key={`${save.quoteId}:${save.noteAt ?? 0}`}
        note={save.note}
        draft={draft}
        setNote={(text) => actions.setNote(save, text)}
        keepDraft={(text) => actions.keepDraft(save, text)}
      />
    </QuoteItem>
  );
}
