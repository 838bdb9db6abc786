import type { NodeId, OptionId } from '../../../core/eligibility/types';
import type { MessageKey } from '../../../types/message-key';

// Question and option ids come from content/rules, which the type checker cannot see. That every
// question and option of every ruleset has these texts is checked instead by
// test/unit/eligibility/question-texts.test.ts.

export const questionText = (id: NodeId, part: 'title' | 'short' | 'hint') => `checker.q.${id}.${part}` as MessageKey;

export const optionText = (question: NodeId, option: OptionId) => `checker.q.${question}.options.${option}` as MessageKey;
