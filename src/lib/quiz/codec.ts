/**
 * A compact, versioned encoding of quiz progress for the URL hash, so reloading or sharing the
 * link restores the exact step and answers: `q=<version>:<step>:<answers>`, where step is a
 * question index or `r` for the result, and answers hold one base-36 token per question in quiz
 * order: a single choice is its option's position (1-based, 0 = unanswered), a multiple choice
 * a bitmask of ticked options. Decoding never throws: anything malformed or tampered with is
 * `invalid`, and a link from another quiz version is `outdated`.
 */
import type { Answers, QuizData } from './model';

/** Where the visitor is: a question index, or the result. */
export type Step = number | 'result';

/** Progress through the quiz. */
export interface QuizState {
  step: Step;
  answers: Answers;
}

/** What a hash decodes to. */
export type Decoded =
  { status: 'ok'; state: QuizState } | { status: 'empty' } | { status: 'outdated'; version: number } | { status: 'invalid' };

const PREFIX = 'q=';
const TOKEN = /^[0-9a-z]{1,7}$/;

/** Encodes progress as a hash fragment (without the `#`). */
export function encodeState(quiz: QuizData, state: QuizState): string {
  const tokens = quiz.questions.map((q) => {
    const given = state.answers[q.id] ?? [];
    if (q.kind === 'single') return (q.options.findIndex((o) => o.id === given[0]) + 1).toString(36);
    return q.options.reduce((mask, o, i) => (given.includes(o.id) ? mask + 2 ** i : mask), 0).toString(36);
  });
  while (tokens.at(-1) === '0') tokens.pop();
  const step = state.step === 'result' ? 'r' : state.step.toString(36);
  return `${PREFIX}${quiz.version.toString(36)}:${step}:${tokens.join('.')}`;
}

/** Decodes a hash fragment (with or without the `#`). Never throws. */
export function decodeState(quiz: QuizData, hash: string): Decoded {
  try {
    return decode(quiz, hash.replace(/^#/, ''));
  } catch {
    return { status: 'invalid' };
  }
}

function decode(quiz: QuizData, raw: string): Decoded {
  if (raw === '') return { status: 'empty' };
  if (!raw.startsWith(PREFIX) || raw.length > 400) return { status: 'invalid' };
  const parts = raw.slice(PREFIX.length).split(':');
  if (parts.length !== 3) return { status: 'invalid' };
  const [versionPart = '', stepPart = '', answerPart = ''] = parts;
  if (!TOKEN.test(versionPart)) return { status: 'invalid' };
  const version = parseInt(versionPart, 36);
  if (version !== quiz.version) return { status: 'outdated', version };

  let step: Step;
  if (stepPart === 'r') step = 'result';
  else if (TOKEN.test(stepPart) && parseInt(stepPart, 36) < quiz.questions.length) step = parseInt(stepPart, 36);
  else return { status: 'invalid' };

  const tokens = answerPart === '' ? [] : answerPart.split('.');
  if (tokens.length > quiz.questions.length || !tokens.every((t) => TOKEN.test(t))) return { status: 'invalid' };

  const answers: Record<string, string[]> = {};
  for (const [i, token] of tokens.entries()) {
    const q = quiz.questions[i];
    const value = parseInt(token, 36);
    if (!q || !Number.isSafeInteger(value)) return { status: 'invalid' };
    if (value === 0) continue;
    let chosen: string[];
    if (q.kind === 'single') {
      const option = q.options[value - 1];
      if (!option) return { status: 'invalid' };
      chosen = [option.id];
    } else {
      if (value >= 2 ** q.options.length) return { status: 'invalid' };
      const ticked = q.options.filter((_, bit) => Math.floor(value / 2 ** bit) % 2 === 1);
      // "None of these" never comes with other ticks from this site.
      if (ticked.length > 1 && ticked.some((o) => o.exclusive)) return { status: 'invalid' };
      chosen = ticked.map((o) => o.id);
    }
    answers[q.id] = chosen;
  }
  return { status: 'ok', state: { step, answers } };
}
