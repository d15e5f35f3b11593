import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/** Marks what stays at the top of the window over the document (the toolbar row). */
export const STICKY_TOP_ATTRIBUTE = 'data-sticky-top';

/** Room left between the caret and an edge it is scrolled to, in CSS pixels. */
const GAP_PX = 8;

/**
 * When the editor scrolls the caret into view (typing, arrows, undo, a jump to a problem)
 * it stops short of the toolbar that stays at the top of the window, instead of putting
 * the caret's line at the very top, under the toolbar. The toolbar wraps to more rows on a
 * narrow window, so its height is measured each time (after the paint when typing).
 */
export const ScrollClearOfToolbar = Extension.create({
  name: 'scrollClearOfToolbar',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          scrollMargin: {
            // ProseMirror reads each side when it scrolls: the toolbar is measured then.
            get top() {
              return coveredTop() + GAP_PX;
            },
            right: GAP_PX,
            bottom: GAP_PX,
            left: GAP_PX,
          },
        },
      }),
    ];
  },
});

/** How far down the window what stays at its top reaches. */
function coveredTop(): number {
  let bottom = 0;
  for (const element of document.querySelectorAll(`[${STICKY_TOP_ATTRIBUTE}]`)) {
    bottom = Math.max(bottom, element.getBoundingClientRect().bottom);
  }
  return bottom;
}
