// Whether a key press is the user typing, where no shortcut of ours may act: in the views ("/") and on YouTube's page.

/** In a field, a text area, a select or editable text (YouTube's comments and search box), inside shadow roots too. */
export function isTyping(event: Event): boolean {
  const target = event.composedPath()[0];
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
