import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../../src/lib/quiz/codec';
import { tinyQuiz } from '../../fixtures/quiz';

describe('quiz URL codec', () => {
  it('encodes answers compactly: one base-36 token per question, trailing blanks dropped', () => {
    const hash = encodeState(tinyQuiz, { step: 2, answers: { red: ['none'], goal: ['tight'], where: ['neck', 'hips'] } });
    expect(hash).toBe('q=3:2:2.0.3.5');
    expect(decodeState(tinyQuiz, `#${hash}`)).toEqual({
      status: 'ok',
      state: { step: 2, answers: { red: ['none'], goal: ['tight'], where: ['neck', 'hips'] } },
    });
  });

  it('marks the result step', () => {
    const hash = encodeState(tinyQuiz, { step: 'result', answers: { goal: ['relax'] } });
    expect(hash).toBe('q=3:r:0.0.1');
    expect(decodeState(tinyQuiz, hash)).toMatchObject({ status: 'ok', state: { step: 'result' } });
  });

  it('says when a link comes from another version of the quiz', () => {
    expect(decodeState(tinyQuiz, 'q=2:r:1')).toEqual({ status: 'outdated', version: 2 });
  });

  it.each([
    ['nothing', '', 'empty'],
    ['another hash', '#references', 'invalid'],
    ['a step past the end', 'q=3:9:1', 'invalid'],
    ['an option that does not exist', 'q=3:1:0.0.4', 'invalid'],
    ['a bitmask too wide', 'q=3:1:g', 'invalid'],
    ['"none" ticked with others', 'q=3:1:3', 'invalid'],
    ['too many questions', 'q=3:1:1.1.1.1.1.1.1.1.1', 'invalid'],
    ['script injection', 'q=3:1:<script>', 'invalid'],
    ['a huge number', 'q=3:1:zzzzzzzzzzzz', 'invalid'],
    ['missing parts', 'q=3:1', 'invalid'],
  ])('treats %s as %s', (_name, hash, status) => {
    expect(decodeState(tinyQuiz, hash).status).toBe(status);
  });
});
