import type { PartnershipField } from '../register/Partnership.ts';
import type { PartnershipInit } from '../register/register.ts';

/** A partnership an import found, under the key its blocks use for it. */
export interface DraftPartnership {
  key: string;
  init: Partial<Record<PartnershipField, string>>;
}

const LABELLED = /^(.*?)\s*\(([A-Z][A-Za-z0-9&]{1,9})\)\s*$/;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,8}$/;
const BODY_WORDS = /\b(Board|Partnership|Trust|Commission)s?\b/;

/** Names compared without case, possessives or punctuation. */
export const normalName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** "Safeguarding Adults Board (SAB)" → name and acronym; "SAB" → acronym only. */
export function splitLabel(label: string): { name: string; acronym: string } {
  const text = label.trim();
  const labelled = LABELLED.exec(text);
  if (labelled) return { name: labelled[1]!.trim(), acronym: labelled[2]! };
  if (ACRONYM.test(text)) return { name: '', acronym: text };
  return { name: text, acronym: '' };
}

/**
 * The register an import builds: partnerships in the order first met, found again by
 * acronym or by name ("Barnsley Safeguarding Adults Board" is the "Safeguarding Adults
 * Board" already met), filled in as more is learnt about them.
 */
export class RegisterDraft {
  readonly partnerships: DraftPartnership[] = [];

  /** The partnership a label names, if it is one already met. */
  find(label: string): DraftPartnership | undefined {
    const { name, acronym } = splitLabel(label);
    const wanted = normalName(name);
    return this.partnerships.find((p) => {
      const known = normalName(p.init.name ?? '');
      if (acronym && p.init.acronym?.toUpperCase() === acronym.toUpperCase()) return true;
      if (!wanted || !known) return false;
      return wanted === known || wanted.endsWith(` ${known}`) || known.endsWith(` ${wanted}`);
    });
  }

  /** Whether a label names a partnership: one already met, or a board's kind of name. */
  isPartnership(label: string): boolean {
    return !!label.trim() && (!!this.find(label) || BODY_WORDS.test(label) || LABELLED.test(label));
  }

  /** The partnership a label names, added to the register when new. */
  ensure(label: string): DraftPartnership {
    const { name, acronym } = splitLabel(label);
    const found = this.find(label);
    if (found) {
      if (acronym && !found.init.acronym) found.init.acronym = acronym;
      if (name && !found.init.name) found.init.name = name;
      return found;
    }
    const created = { key: `p${this.partnerships.length + 1}`, init: { name, acronym } };
    this.partnerships.push(created);
    return created;
  }

  /** The register as a template's partnerships, by key. */
  toInit(): Record<string, PartnershipInit> {
    return Object.fromEntries(this.partnerships.map((p) => [p.key, p.init]));
  }
}
