import type { TemplateSpec } from '../TemplateSpec.ts';

/** Placeholder until the example is written. */
export const barnsleyExample: TemplateSpec = {
  id: 'barnsley',
  name: 'barnsley',
  description: '',
  title: 'barnsley',
  partnerships: {},
  body: [],
};
