/** The stages of an import, for a progress bar. */
export const IMPORT_STAGES = {
  reading: 'Reading file…',
  recognising: 'Recognising blocks…',
  creating: 'Creating document…',
} as const;

export type ImportStage = keyof typeof IMPORT_STAGES;
