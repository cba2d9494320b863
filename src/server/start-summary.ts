/**
 * What the ready line says of the saved indexes: each one loaded as saved, or built at this start and why
 * (first start, corpus or code changed, a corrupt file). A slow start is then explained by the line itself.
 */
import type { AssistantInfo } from '../answer/assistant.js';

export function indexSummary(
  info: Pick<AssistantInfo, 'indexRebuilt' | 'lexicalRebuilt' | 'dictionaryRebuilt'>,
): string {
  const parts = [info.indexRebuilt ? `index built (${info.indexRebuilt})` : 'index loaded'];
  if (info.lexicalRebuilt) parts.push(`lexical indexes built (${info.lexicalRebuilt})`);
  if (info.dictionaryRebuilt) parts.push(`dictionary table derived (${info.dictionaryRebuilt})`);
  return parts.join(', ');
}
