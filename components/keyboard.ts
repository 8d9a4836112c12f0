// Arrow keys move focus through a list's items (each marked data-nav); Enter and Space stay the buttons' own.

const ITEM = '[data-nav]';

export function moveFocusInList(event: KeyboardEvent): void {
  const list = event.currentTarget as HTMLElement;
  const items = [...list.querySelectorAll<HTMLElement>(ITEM)];
  if (items.length === 0) return;
  const current = items.findIndex((item) => item === document.activeElement || item.contains(document.activeElement));
  const last = items.length - 1;
  const next: Record<string, number> = {
    ArrowDown: current < 0 ? 0 : Math.min(current + 1, last),
    ArrowUp: current < 0 ? 0 : Math.max(current - 1, 0),
    Home: 0,
    End: last,
  };
  const target = next[event.key];
  if (target === undefined) return;
  event.preventDefault();
  items[target]!.focus();
}
