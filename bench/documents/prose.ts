import { mulberry32 } from '../../test/support/mulberry32.ts';

const WORDS = (
  'the partnership board shall agree share report review each annual plan priority risk ' +
  'safeguarding adults children community safety health wellbeing lead officer chair ' +
  'member organisation duty statutory guidance learning practice assurance audit ' +
  'information protocol agreement arrangement meeting quarterly escalation concern ' +
  'referral assessment outcome family carer service commissioning strategy performance ' +
  'data evidence workforce training domestic abuse exploitation neglect prevention ' +
  'early help transition joint working responsibility accountability scrutiny challenge'
).split(' ');

/** Deterministic protocol-like prose: the same seed always writes the same text. */
export class Prose {
  readonly random: () => number;

  constructor(seed: number) {
    this.random = mulberry32(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** `count` words. */
  words(count: number): string {
    return Array.from({ length: count }, () => WORDS[this.int(0, WORDS.length - 1)]).join(' ');
  }

  /** A sentence of 8–24 words, capitalised, with a full stop. */
  sentence(): string {
    const text = this.words(this.int(8, 24));
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }

  /** A paragraph of roughly `chars` characters. */
  paragraph(chars: number): string {
    let text = this.sentence();
    while (text.length < chars) text += ` ${this.sentence()}`;
    return text;
  }

  /** A short title. */
  title(): string {
    const text = this.words(this.int(2, 5));
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  }
}
