import type { BlockViewProps } from '../BlockViewProps.ts';

/** Placeholder until the block's view is built. */
export function GeneralTableView(_props: BlockViewProps) {
  return <p className="block__empty">This block is not available yet.</p>;
}
