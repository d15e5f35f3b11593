import type { Editor } from '@tiptap/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { InsertMenu } from './InsertMenu.tsx';
import { formatKeys, toolbarActions, type ToolbarAction } from './toolbarActions.ts';
import { useDeferredEditorState } from './useDeferredEditorState.ts';
import { STICKY_TOP_ATTRIBUTE } from './ScrollClearOfToolbar.ts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const actions = toolbarActions.filter((a): a is ToolbarAction => a !== '|');

interface ButtonState {
  active: boolean;
  enabled: boolean;
}

function buttonStates(editor: Editor): ButtonState[] {
  return actions.map((a) => ({
    active: a.isActive?.(editor) ?? false,
    enabled: a.canRun?.(editor) ?? true,
  }));
}

function sameButtonStates(a: ButtonState[], b: ButtonState[]): boolean {
  return a.every((s, i) => s.active === b[i]?.active && s.enabled === b[i]?.enabled);
}

/**
 * The formatting toolbar, following the WAI-ARIA toolbar pattern: one Tab stop,
 * arrow keys move between buttons, Escape returns to the text. Alt+F10 in the text
 * comes here. Every button shows its shortcut in its tooltip and accessible name.
 */
export function Toolbar({ editor, doc }: { editor: Editor; doc: Y.Doc }) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useDeferredEditorState(editor, buttonStates, sameButtonStates);

  const move = (to: number) => {
    const next = (to + actions.length) % actions.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') move(focusIndex + 1);
    else if (event.key === 'ArrowLeft') move(focusIndex - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(actions.length - 1);
    else if (event.key === 'Escape') editor.commands.focus();
    else return;
    event.preventDefault();
  };

  let index = -1;
  return (
    <div className="toolbar-row" {...{ [STICKY_TOP_ATTRIBUTE]: '' }}>
      <div
        className="toolbar"
        role="toolbar"
        aria-label="Formatting"
        aria-controls="document-body"
        onKeyDown={onKeyDown}
        data-toolbar
      >
        {toolbarActions.map((action, position) => {
          if (action === '|') return <span key={`sep${position}`} className="toolbar__sep" />;
          index++;
          const i = index;
          const shortcut = formatKeys(action.keys, isMac);
          const { active, enabled } = state[i] ?? { active: false, enabled: true };
          return (
            <button
              key={action.id}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              className={`toolbar__button toolbar__button--${action.id}`}
              tabIndex={i === focusIndex ? 0 : -1}
              aria-pressed={action.isActive ? active : undefined}
              aria-disabled={!enabled || undefined}
              aria-keyshortcuts={shortcut.replace('⌘', 'Meta').replace('Ctrl', 'Control')}
              title={`${action.label} (${shortcut})`}
              onFocus={() => setFocusIndex(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => enabled && action.run(editor)}
              data-action={action.id}
            >
              <span aria-hidden="true">{action.glyph}</span>
              <span className="visually-hidden">{action.label}</span>
              <span className="toolbar__shortcut">{shortcut}</span>
            </button>
          );
        })}
      </div>
      <InsertMenu editor={editor} doc={doc} />
    </div>
  );
}
