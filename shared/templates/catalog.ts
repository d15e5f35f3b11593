import { barnsleyExample } from './examples/barnsleyExample.ts';
import { sandwellExample } from './examples/sandwellExample.ts';
import { somersetExample } from './examples/somersetExample.ts';
import { standardProtocol } from './standardProtocol.ts';
import type { TemplateSpec } from './TemplateSpec.ts';

/** Templates a new protocol can start from. */
export const templates: readonly TemplateSpec[] = [standardProtocol];

/** Complete example protocols, recreating the structure of three published ones. */
export const examples: readonly TemplateSpec[] = [
  barnsleyExample,
  sandwellExample,
  somersetExample,
];
