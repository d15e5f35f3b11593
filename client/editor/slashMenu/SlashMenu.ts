import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { ReactRenderer } from '@tiptap/react';
import Suggestion from '@tiptap/suggestion';
import type * as Y from 'yjs';
import { insertables, type Insertable } from '../insertables.ts';
import { filterInsertables } from './filterInsertables.ts';
import { SlashMenuPopup, type SlashMenuHandle } from './SlashMenuPopup.tsx';

/** "/" at the start of a line or after a space opens the insert menu. */
export const SlashMenu = Extension.create<{ doc: Y.Doc | null }>({
  name: 'slashMenu',
  addOptions() {
    return { doc: null };
  },
  addProseMirrorPlugins() {
    const doc = this.options.doc;
    return [
      Suggestion<Insertable, Insertable>({
        pluginKey: new PluginKey('slashMenu'),
        editor: this.editor,
        char: '/',
        items: ({ query }) => filterInsertables(insertables, query),
        command: ({ editor, range, props }) => {
          if (doc) props.insert(editor, doc, range);
        },
        render: () => {
          let renderer: ReactRenderer<SlashMenuHandle> | undefined;
          let unmount: (() => void) | undefined;
          return {
            onStart: (props) => {
              renderer = new ReactRenderer(SlashMenuPopup, { props, editor: props.editor });
              const element = renderer.element as HTMLElement;
              element.classList.add('slash-menu-host');
              document.body.append(element);
              unmount = props.mount(element);
            },
            onUpdate: (props) => renderer?.updateProps(props),
            onKeyDown: ({ event }) => {
              if (event.key === 'Escape') return false;
              return renderer?.ref?.onKeyDown(event) ?? false;
            },
            onExit: () => {
              unmount?.();
              renderer?.element.remove();
              renderer?.destroy();
            },
          };
        },
      }),
    ];
  },
});
