/**
 * <bw-therapist-sheet>: fills the therapist sheet from the quiz link in the URL hash. It decodes
 * and scores the answers in the browser (src/lib/quiz), shows the style, the listed answers and
 * the adaptation cards, or says why there is nothing to show. Nothing leaves the browser.
 */
import { decodeState } from '../../lib/quiz/codec';
import type { QuizData } from '../../lib/quiz/model';
import { scoreQuiz } from '../../lib/quiz/score';
import { cleanAnswers } from '../../lib/quiz/answers';
import { isCareLevel } from '../../ids/quiz';
import { narrowReferences } from '../content/narrow-references';

/** What the server passes in the JSON child. */
interface SheetData {
  quiz: QuizData;
  styles: Record<string, string>;
  questions: Array<{ id: string; label: string; options: Record<string, string>; skippedBy: Record<string, string> }>;
  none: string;
}

class TherapistSheet extends HTMLElement {
  #data!: SheetData;

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-sheet-${name}]`) as T;
  }

  connectedCallback() {
    this.#data = JSON.parse(this.#part('data').textContent ?? '{}') as SheetData;
    this.#part('print').addEventListener('click', () => window.print());
    this.#part('copy').addEventListener('click', () => void this.#copy());
    window.addEventListener('hashchange', () => this.#render());
    this.#render();
  }

  #render() {
    const decoded = decodeState(this.#data.quiz, location.hash);
    const answers = decoded.status === 'ok' ? cleanAnswers(this.#data.quiz, decoded.state.answers) : undefined;
    const result = answers && Object.keys(answers).length ? scoreQuiz(this.#data.quiz, answers) : undefined;
    const care = !!result && isCareLevel(result.outcome);
    this.#part('empty').hidden = !!result;
    this.#part('care').hidden = !care;
    this.#part('body').hidden = !result || care;
    const references = document.querySelector<HTMLElement>('[data-sheet-references]');
    if (references) references.hidden = !result || care;
    if (!result || !answers || care) return;

    this.#part('style').textContent = this.#data.styles[result.style] ?? '';
    this.#part('url').textContent = location.href;
    for (const q of this.#data.questions) {
      const given = (answers[q.id] ?? []).map((id) => q.options[id] ?? '');
      const skipped = Object.entries(q.skippedBy).find(([answer]) => {
        const [qid = '', oid = ''] = answer.split('.');
        return answers[qid]?.includes(oid);
      });
      const cell = this.querySelector<HTMLElement>(`[data-sheet-answer="${CSS.escape(q.id)}"]`);
      if (cell) cell.textContent = given.length ? given.join(', ') : (skipped?.[1] ?? this.#data.none);
    }
    const cards = result.adaptations.map(
      (id) =>
        this.querySelector<HTMLTemplateElement>(`template[data-adaptation="${CSS.escape(id)}"]`)?.content.cloneNode(true) ?? '',
    );
    this.#part('adaptations').replaceChildren(...cards);
    this.#part('no-adaptations').hidden = cards.length > 0;
    // Whatever pressure they like, a gentle-only condition keeps it light.
    this.#part('gentle').hidden = result.certainty !== 'gentle';
    if (references) narrowReferences(this.#part('body'), references);
  }

  async #copy() {
    const status = this.#part('status');
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = this.dataset['copied'] ?? '';
    } catch {
      status.textContent = this.dataset['copyFailed'] ?? '';
    }
  }
}

customElements.define('bw-therapist-sheet', TherapistSheet);
