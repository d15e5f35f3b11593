import type { Problem } from '../blocks/core/Problem.ts';
import { blockDefinition } from '../blocks/registry.ts';
import { plainText } from '../document/plainText.ts';
import type { DocumentContent } from '../document/readContent.ts';
import { validateClauseRefs } from './validateClauseRefs.ts';
import { validateRegister } from './validateRegister.ts';

/**
 * Every problem in a document: the register's, broken cross-references, then each
 * block's in document order.
 * `today` (YYYY-MM-DD) is passed in so the result depends on nothing but its inputs.
 */
export function validateDocument(content: DocumentContent, today: string): Problem[] {
  const context = { partnerships: content.partnerships, bodyText: plainText(content.body), today };
  const problems = [...validateRegister(content.partnerships), ...validateClauseRefs(content.body)];
  for (const block of content.blocks) {
    const definition = blockDefinition(block.type);
    if (definition) problems.push(...definition.validate(block.data, context, block.id));
  }
  return problems;
}
