import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/** Paragraph styles of an exported DOCX that an import maps back (see importing/docxToHtml). */
export const DOCX_STYLES = {
  clause: 'Clause',
  caption: 'Caption',
  note: 'Table Note',
  lettered: 'Lettered List',
} as const;

/** Numbering references: clause numbers, bullets, numbers and letters. */
export const NUMBERING = {
  clauses: 'clauses',
  bullets: 'bullets',
  numbers: 'numbers',
  letters: 'letters',
} as const;

const FONT = 'Arial';
const indent = (level: number) => ({ left: 567 * (level + 1), hanging: 567 });

/** Heading, clause, caption and note styles; Arial 11 pt body text. */
export const docxStyles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120 } } },
    heading1: {
      run: { font: FONT, size: 30, bold: true },
      paragraph: { spacing: { before: 240 } },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true },
      paragraph: { spacing: { before: 200 } },
    },
    heading3: { run: { font: FONT, size: 24, bold: true } },
    title: { run: { font: FONT, size: 40, bold: true } },
  },
  paragraphStyles: [
    { id: 'Clause', name: DOCX_STYLES.clause, basedOn: 'Normal', quickFormat: true },
    {
      id: 'Caption',
      name: DOCX_STYLES.caption,
      basedOn: 'Normal',
      run: { bold: true },
      paragraph: { keepNext: true, spacing: { before: 200, after: 60 } },
    },
    {
      id: 'TableNote',
      name: DOCX_STYLES.note,
      basedOn: 'Normal',
      run: { size: 18, italics: true },
    },
    { id: 'LetteredList', name: DOCX_STYLES.lettered, basedOn: 'Normal', quickFormat: true },
  ],
};

const level = (
  at: number,
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: string,
) => ({
  level: at,
  format,
  text,
  alignment: AlignmentType.START,
  style: { paragraph: { indent: indent(at) } },
});

/** Clause numbers 1. / 1.1 / 1.1.1 / 1.1.1.1, bullets, 1. 2. 3. and a) b) c). */
export const docxNumbering: INumberingOptions = {
  config: [
    {
      reference: NUMBERING.clauses,
      levels: ['%1.', '%1.%2', '%1.%2.%3', '%1.%2.%3.%4'].map((text, i) =>
        level(i, LevelFormat.DECIMAL, text),
      ),
    },
    {
      reference: NUMBERING.bullets,
      levels: [0, 1, 2].map((i) => level(i, LevelFormat.BULLET, ['•', '◦', '▪'][i]!)),
    },
    {
      reference: NUMBERING.numbers,
      levels: [0, 1, 2].map((i) => level(i, LevelFormat.DECIMAL, `%${i + 1}.`)),
    },
    {
      reference: NUMBERING.letters,
      levels: [0, 1, 2].map((i) => level(i, LevelFormat.LOWER_LETTER, `%${i + 1})`)),
    },
  ],
};
