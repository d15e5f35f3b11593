import type { TemplateSpec } from '../TemplateSpec.ts';

/** Placeholder until the example is written. */
export const sandwellExample: TemplateSpec = {
  id: 'sandwell',
  name: 'sandwell',
  description: '',
  title: 'sandwell',
  partnerships: {},
  body: [],
};
