/**
 * <bw-quiz>: turns the server-rendered quiz form into one question per step. Scoring and the URL
 * codec live in src/lib/quiz; this element only reads and writes the form, the URL hash,
 * history and an optional resume copy in localStorage. Nothing leaves the browser.
 * Each step shown fires a `bw-quiz-step` event (step number or `result`, and the outcome id),
 * also kept as `data-step`/`data-outcome`, which an embed page may report to its host. With `data-embedded`, steps replace the history
 * entry (so the host page's Back button stays the host's), and "Copy link" uses `data-share`.
 */
import { decodeState, encodeState, type Step } from '../../lib/quiz/codec';
import type { Answers, QuizData } from '../../lib/quiz/model';
import { certaintyOf, scoreQuiz } from '../../lib/quiz/score';
import { fillTemplate as fill } from '../../lib/format';

/** Interface text the element needs, rendered by the server from strings/en.ts. */
interface QuizText {
  questionOf: string;
  next: string;
  seeResult: string;
  because: string;
  certaintyTitle: string;
  certainty: Record<string, string>;
  notesTitle: string;
  copied: string;
  copyFailed: string;
  announceStep: string;
  announceResult: string;
}

const STORE = 'bw-quiz';

function store(value: string | null) {
  try {
    if (value) localStorage.setItem(STORE, value);
    else localStorage.removeItem(STORE);
  } catch {
    // Storage can be blocked or full; resuming is optional.
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(STORE);
  } catch {
    return null;
  }
}

class QuizFlow extends HTMLElement {
  #quiz!: QuizData;
  #text!: QuizText;
  #form!: HTMLFormElement;
  #steps: HTMLFieldSetElement[] = [];
  #step: Step = 0;
  #outcome: string | undefined;

  /** A new history entry per step on our site; in an embed, the same entry, replaced. */
  #push(url: string) {
    if ('embedded' in this.dataset) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }

  #part<T extends Element = HTMLElement>(name: string): T {
    return this.querySelector(`[data-quiz-${name}]`) as T;
  }

  connectedCallback() {
    const data = JSON.parse(this.#part('data').textContent ?? '{}') as { quiz: QuizData; text: QuizText };
    this.#quiz = data.quiz;
    this.#text = data.text;
    this.#form = this.#part<HTMLFormElement>('form');
    this.#steps = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-step]')];
    this.#part('guide').hidden = true;
    this.#part('nav').hidden = false;
    this.#part('progress').hidden = false;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#next();
    });
    this.#form.addEventListener('change', (event) => this.#changed(event.target));
    for (const button of this.querySelectorAll('[data-quiz-back]')) {
      button.addEventListener('click', () => this.#go(this.#step === 'result' ? this.#steps.length - 1 : this.#step - 1));
    }
    for (const button of this.querySelectorAll('[data-quiz-restart]')) button.addEventListener('click', () => this.#restart());
    this.#part('continue').addEventListener('click', () => {
      history.replaceState(null, '', `#${stored() ?? ''}`);
      this.#part('resume').hidden = true;
      this.#restore(true);
    });
    this.#part('fresh').addEventListener('click', () => {
      store(null);
      this.#part('resume').hidden = true;
    });
    this.#part('copy').addEventListener('click', () => this.#copyLink());
    this.#part('print').addEventListener('click', () => window.print());
    window.addEventListener('popstate', () => this.#restore(true));

    this.#restore(false);
    if (this.#step === 0 && !location.hash && stored()) this.#part('resume').hidden = false;
  }

  /** The answers currently ticked in the form. */
  #answers(): Answers {
    const answers: Record<string, string[]> = {};
    for (const q of this.#quiz.questions) {
      const ticked = [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${q.id}"]:checked`)].map((i) => i.value);
      if (ticked.length) answers[q.id] = ticked;
    }
    return answers;
  }

  #setAnswers(answers: Answers) {
    for (const input of this.#form.querySelectorAll('input')) input.checked = answers[input.name]?.includes(input.value) ?? false;
  }

  /** The first required question without an answer, if any. */
  #firstGap(answers: Answers): number {
    return this.#quiz.questions.findIndex((q) => q.required && !answers[q.id]?.length);
  }

  /** Reads the state from the URL hash and shows it. Tampered or old links start fresh. */
  #restore(focus: boolean) {
    const decoded = decodeState(this.#quiz, location.hash);
    this.#part('outdated').hidden = decoded.status !== 'outdated';
    if (decoded.status !== 'ok') {
      if (decoded.status !== 'empty') history.replaceState(null, '', location.pathname + location.search);
      this.#setAnswers({});
      this.#show(0, focus && decoded.status === 'empty');
      return;
    }
    const { answers, step } = decoded.state;
    this.#setAnswers(answers);
    const gap = this.#firstGap(answers);
    // A link may not skip a required question (unless an emergency answer already decides).
    const skipped = gap >= 0 && (step === 'result' ? !this.#emergency(answers) : step > gap);
    this.#show(skipped ? gap : step, focus);
  }

  /** Moves to a step as a new history entry. */
  #go(step: Step) {
    const hash = `#${encodeState(this.#quiz, { step, answers: this.#answers() })}`;
    this.#push(hash);
    store(hash.slice(1));
    this.#show(step, true);
  }

  #next() {
    if (this.#step === 'result') return;
    const q = this.#quiz.questions[this.#step];
    const fieldset = this.#steps[this.#step];
    if (q && fieldset && q.required && !this.#answers()[q.id]?.length) {
      this.#error(fieldset, true);
      fieldset.querySelector('input')?.focus();
      return;
    }
    // An emergency answer goes straight to the result: no more questions first.
    const last = this.#step + 1 >= this.#steps.length;
    this.#go(last || this.#emergency(this.#answers()) ? 'result' : this.#step + 1);
  }

  #emergency(answers: Answers): boolean {
    return scoreQuiz(this.#quiz, answers).outcome === 'emergency';
  }

  #restart() {
    store(null);
    this.#setAnswers({});
    this.#push(location.pathname + location.search);
    this.#show(0, true);
  }

  /** Keeps "None of these" exclusive, clears an error, and saves progress in place. */
  #changed(target: EventTarget | null) {
    if (!(target instanceof HTMLInputElement) || this.#step === 'result') return;
    const q = this.#quiz.questions.find((x) => x.id === target.name);
    if (q?.kind === 'multiple' && target.checked) {
      const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.id));
      for (const input of this.#form.querySelectorAll<HTMLInputElement>(`input[name="${q.id}"]`)) {
        if (input !== target && (exclusive.has(target.value) || exclusive.has(input.value))) input.checked = false;
      }
    }
    const fieldset = target.closest('fieldset');
    if (fieldset) this.#error(fieldset, false);
    const hash = encodeState(this.#quiz, { step: this.#step, answers: this.#answers() });
    history.replaceState(null, '', `#${hash}`);
    store(hash);
  }

  #error(fieldset: HTMLFieldSetElement, show: boolean) {
    const error = fieldset.querySelector<HTMLElement>('[data-quiz-error]');
    if (!error) return;
    error.hidden = !show;
    const ids = new Set((fieldset.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    if (show) ids.add(error.id);
    else ids.delete(error.id);
    fieldset.setAttribute('aria-describedby', [...ids].join(' '));
  }

  /** Shows a question or the result. Focus moves only after a visitor's action. */
  #show(step: Step, focus: boolean) {
    this.#step = step;
    const total = this.#steps.length;
    const onResult = step === 'result';
    this.#form.hidden = onResult;
    this.#part('result').hidden = !onResult;
    this.#part('back').hidden = step === 0;
    let heading: HTMLElement | null;
    let announcement: string;
    if (onResult) {
      heading = this.#renderResult();
      announcement = fill(this.#text.announceResult, { title: heading?.textContent ?? '' });
    } else {
      this.#steps.forEach((fieldset, i) => (fieldset.hidden = i !== step));
      const current = this.#steps[step];
      heading = current?.querySelector('h2') ?? null;
      const progressText = fill(this.#text.questionOf, { n: step + 1, total });
      this.#part('progress-text').textContent = progressText;
      this.#part<HTMLProgressElement>('progress-bar').value = step + 1;
      this.#part('next').textContent = step + 1 === total ? this.#text.seeResult : this.#text.next;
      announcement = fill(this.#text.announceStep, { n: step + 1, total, prompt: heading?.textContent?.trim() ?? '' });
    }
    if (focus) {
      this.#part('live').textContent = announcement;
      heading?.focus();
    }
    // Where the quiz is, on the element (for scripts that start later) and as an event.
    const detail = { step: onResult ? 'result' : step + 1, outcome: onResult ? this.#outcome : undefined };
    this.dataset['step'] = String(detail.step);
    if (detail.outcome) this.dataset['outcome'] = detail.outcome;
    else delete this.dataset['outcome'];
    this.dispatchEvent(new CustomEvent('bw-quiz-step', { bubbles: true, detail }));
  }

  /** Builds the result from the outcome's template, the visitor's reasons and any notes. */
  #renderResult(): HTMLElement | null {
    const result = scoreQuiz(this.#quiz, this.#answers());
    this.#outcome = result.outcome;
    const template = this.querySelector<HTMLTemplateElement>(`template[data-outcome="${result.outcome}"]`);
    const slot = this.#part('outcome');
    slot.replaceChildren(template ? template.content.cloneNode(true) : '');

    const reasons = document.createElement('section');
    reasons.className = 'quiz-reasons';
    const add = (tag: string, text: string, parent: Element = reasons) => {
      const el = document.createElement(tag);
      el.textContent = text;
      return parent.appendChild(el);
    };
    add('h3', this.#text.because);
    const list = add('ul', '');
    for (const reason of result.reasons) add('li', reason.because, list);
    add('h3', this.#text.certaintyTitle);
    add('p', this.#text.certainty[certaintyOf(result)] ?? '');
    const notes = result.notes
      .map((key) => this.querySelector<HTMLTemplateElement>(`template[data-note="${CSS.escape(key)}"]`))
      .filter((t): t is HTMLTemplateElement => t !== null);
    if (notes.length) {
      add('h3', this.#text.notesTitle);
      const noteList = add('ul', '');
      for (const note of notes) noteList.append(note.content.cloneNode(true));
    }
    slot.querySelector('[data-reasons-slot]')?.replaceWith(reasons);
    return slot.querySelector<HTMLElement>('[data-outcome-title]');
  }

  async #copyLink() {
    const status = this.#part('copy-status');
    try {
      const share = this.dataset['share'];
      await navigator.clipboard.writeText(share ? share + location.hash : location.href);
      status.textContent = this.#text.copied;
    } catch {
      status.textContent = this.#text.copyFailed;
    }
  }
}

customElements.define('bw-quiz', QuizFlow);
