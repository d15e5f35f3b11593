import { Fragment, type Node, type NodeType } from '@tiptap/pm/model';
import { cutNear } from './endsInText.ts';
import { isSection } from './flattenSections.ts';

/** Blocks a section is given when a run of blocks is grouped afresh. */
export const SECTION_SIZE = 24;
/**
 * The most blocks a section holds: a longer one is cut up (see also splitLongSections),
 * unless no block in it ends in text.
 */
export const SECTION_MAX = 48;

/**
 * Groups the document's blocks, in order, into sections for the editor, changing the
 * grouping `previous` (the editor's document before a change) had as little as it can.
 *
 * Sections exist only in the editor (the shared document is one flat list of blocks), so
 * any grouping shows the same document; but a block that moves to another section is
 * drawn again, and a section drawn again loses the browser's place in it. So blocks are
 * matched by identity: every block `previous` held stays in the section it was in. A block
 * it did not hold (rebuilt, typed, pasted, moved: Yjs moves by deleting and inserting)
 * takes the section of the block it stands in for, when blocks were deleted where it is,
 * and otherwise joins the section of the block before it (at the start, the first known
 * block's). Yjs never reorders blocks, so each section's known blocks stay together. A
 * section whose blocks are all the very same nodes is the very same section node.
 *
 * A section that grows too long here is left for splitLongSections, whose split maps
 * every position exactly; only blocks with no section at all (the first load, or every
 * block new) are cut, into sections of about SECTION_SIZE, each after a block ending in
 * text (see endsInText).
 */
export function groupSections(
  blocks: readonly Node[],
  previous: Node | null,
  sectionType: NodeType,
): Fragment {
  const old: Node[] = [];
  const homeOf = new Map<Node, Node>();
  const oldIndex = new Map<Node, number>();
  previous?.forEach((child) => {
    if (!isSection(child)) return;
    child.forEach((block) => {
      homeOf.set(block, child);
      oldIndex.set(block, old.length);
      old.push(block);
    });
  });
  const kept = new Set(blocks.filter((block) => homeOf.has(block)));
  const homes: Array<Node | undefined> = blocks.map((block) => homeOf.get(block));
  const firstKnown = homes.find((home) => home !== undefined);
  let lastKnown = -1;
  for (let i = 0; i < blocks.length; i++) {
    const known = oldIndex.get(blocks[i]!);
    if (known !== undefined) {
      lastKnown = known;
      continue;
    }
    // New blocks that stand where blocks were deleted (a block rebuilt, a paragraph
    // retyped) take the section of the first of those; others join the block before them.
    const replaced = old[lastKnown + 1];
    homes[i] =
      replaced && !kept.has(replaced)
        ? homeOf.get(replaced)
        : lastKnown >= 0
          ? homeOf.get(old[lastKnown]!)
          : firstKnown;
  }

  const sections: Node[] = [];
  let run: Node[] = [];
  let runHome: Node | undefined;
  const close = () => {
    if (run.length === 0) return;
    if (runHome && sameBlocks(runHome, run)) sections.push(runHome);
    else if (runHome) sections.push(sectionType.create(null, run));
    else sections.push(...cutIntoSections(run, sectionType));
    run = [];
  };
  blocks.forEach((block, index) => {
    const home = homes[index];
    if (home !== runHome) close();
    runHome = home;
    run.push(block);
  });
  close();
  return Fragment.from(sections);
}

/** Blocks with no section yet, in sections of about SECTION_SIZE, each cut after text. */
function cutIntoSections(blocks: readonly Node[], sectionType: NodeType): Node[] {
  const sections: Node[] = [];
  let rest = blocks;
  while (rest.length > SECTION_MAX) {
    const cut = cutNear(rest, SECTION_SIZE);
    if (cut === null) break;
    sections.push(sectionType.create(null, rest.slice(0, cut)));
    rest = rest.slice(cut);
  }
  sections.push(sectionType.create(null, rest));
  return sections;
}

function sameBlocks(section: Node, blocks: readonly Node[]): boolean {
  if (section.childCount !== blocks.length) return false;
  for (let i = 0; i < blocks.length; i++) if (section.child(i) !== blocks[i]) return false;
  return true;
}
