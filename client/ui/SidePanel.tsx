import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of the side panel. */
export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
}

/** Tabs beside the document (WAI-ARIA tabs: arrow keys switch, Tab enters the panel). */
export function SidePanel({
  tabs,
  selected,
  onSelect,
}: {
  tabs: PanelTab[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === selected),
  );
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onSelect(next.id);
    refs.current.get(next.id)?.focus();
    event.preventDefault();
  };
  const current = tabs[index]!;
  return (
    <aside className="side-panel" aria-label="Document tools">
      <div
        role="tablist"
        aria-label="Document tools"
        className="side-panel__tabs"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        className="side-panel__body"
      >
        {current.content}
      </div>
    </aside>
  );
}
