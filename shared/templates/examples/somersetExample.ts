import type { TemplateSpec } from '../TemplateSpec.ts';

/** Placeholder until the example is written. */
export const somersetExample: TemplateSpec = {
  id: 'somerset',
  name: 'somerset',
  description: '',
  title: 'somerset',
  partnerships: {},
  body: [],
};
