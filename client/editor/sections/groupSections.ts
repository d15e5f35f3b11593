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
 * matched by identity: those before and after the part that changed stay in the sections
 * they were in, and the blocks that replace the changed part go to the section its first
 * block was in (when blocks were only inserted, the section of the block before them).
 * A section whose blocks are all the very same nodes is the very same section node. Only
 * a section grown past SECTION_MAX blocks is cut, into sections of about SECTION_SIZE,
 * each cut after a block ending in text (see endsInText).
 */
export function groupSections(
  blocks: readonly Node[],
  previous: Node | null,
  sectionType: NodeType,
): Fragment {
  const old: Node[] = [];
  const oldSection: Node[] = [];
  previous?.forEach((child) => {
    if (!isSection(child)) return;
    child.forEach((block) => {
      old.push(block);
      oldSection.push(child);
    });
  });

  let prefix = 0;
  while (prefix < old.length && prefix < blocks.length && old[prefix] === blocks[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < blocks.length - prefix &&
    old[old.length - 1 - suffix] === blocks[blocks.length - 1 - suffix]
  ) {
    suffix++;
  }
  const replacedSome = old.length - suffix > prefix;
  const changeHome: Node | undefined = replacedSome
    ? oldSection[prefix]
    : (oldSection[prefix - 1] ?? oldSection[prefix]);

  const sections: Node[] = [];
  let run: Node[] = [];
  let runHome: Node | undefined;
  const close = () => {
    if (run.length === 0) return;
    if (runHome && sameBlocks(runHome, run)) sections.push(runHome);
    else {
      let rest = run;
      while (rest.length > SECTION_MAX) {
        const cut = cutNear(rest, SECTION_SIZE);
        if (cut === null) break;
        sections.push(sectionType.create(null, rest.slice(0, cut)));
        rest = rest.slice(cut);
      }
      sections.push(sectionType.create(null, rest));
    }
    run = [];
  };
  blocks.forEach((block, index) => {
    const home =
      index < prefix
        ? oldSection[index]
        : index >= blocks.length - suffix
          ? oldSection[old.length - (blocks.length - index)]
          : changeHome;
    if (home !== runHome) close();
    runHome = home;
    run.push(block);
  });
  close();
  return Fragment.from(sections);
}

function sameBlocks(section: Node, blocks: readonly Node[]): boolean {
  if (section.childCount !== blocks.length) return false;
  for (let i = 0; i < blocks.length; i++) if (section.child(i) !== blocks[i]) return false;
  return true;
}
