/**
 * <bw-quiz>: turns the server-rendered quiz form into one question per step. Scoring, the path
 * through the questions (skips, the early stop) and the URL codec live in src/lib/quiz; this
 * element only reads and writes the form, the URL hash, history and an optional resume copy in
 * localStorage, and builds the result from the server's <template>s. Nothing leaves the browser.
 * Each step shown fires a `bw-quiz-step` event (step number or `result`, and the outcome id),
 * also kept as `data-step`/`data-outcome`, which an embed page may report to its host.
 * With `data-embedded`, steps replace the history entry (so the host page's Back button stays
 * the host's), "Copy link" uses `data-share`, and the URL hash is never read: the host page
 * controls the frame's address, so only the visitor's own clicks (and their own "continue")
 * may change what the quiz shows, and a safety result can't be rewritten from outside. The one
 * exception is `preview=result` from our own For clinics page (its referrer is our origin): it
 * opens on the quiz's own sample answers (`data-sample`, from content/quiz), labelled as a
 * sample and never saved.
 */
import { decodeState, encodeState, type Step } from '../../lib/quiz/codec';
import type { Answers, QuizData } from '../../lib/quiz/model';
import { scoreQuiz, type Hit, type QuizResult } from '../../lib/quiz/score';
import { landingStep, nextStep, previousStep, progressOf } from '../../lib/quiz/path';
import { isCareLevel, isStopLevel } from '../../ids/quiz';
import { fillTemplate as fill } from '../../lib/format';
import { narrowReferences } from '../content/narrow-references';
import { previewByUs, store, stored } from './quiz-context';
import { matchesRegions, tickedRegions } from '../../lib/quiz/condition-links';

/** Interface text the element needs, rendered by the server from strings/en.ts. */
interface QuizText {
  questionOf: string;
  next: string;
  seeResult: string;
  because: string;
  youSaidItem: string;
  laterTitle: Record<string, string>;
  adaptationsTitle: string;
  resultSourcesTitle: string;
  certaintyTitle: string;
  certainty: Record<string, string>;
  notesTitle: string;
  copied: string;
  copyFailed: string;
  announceStep: string;
  announceResult: string;
}

class QuizFlow extends HTMLElement {
  #quiz!: QuizData;
  #text!: QuizText;
  #form!: HTMLFormElement;
  #steps: HTMLFieldSetElement[] = [];
  #step: Step = 0;
  #outcome: string | undefined;
  /** Showing the sample result of a preview, until the visitor's first click. */
  #sample = false;

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
      button.addEventListener('click', () => this.#go(previousStep(this.#quiz, this.#answers(), this.#step)));
    }
    for (const button of this.querySelectorAll('[data-quiz-restart]')) button.addEventListener('click', () => this.#restart());
    this.#part('continue').addEventListener('click', () => {
      const saved = `#${stored() ?? ''}`;
      history.replaceState(null, '', saved);
      this.#part('resume').hidden = true;
      this.#restore(true, saved);
    });
    this.#part('fresh').addEventListener('click', () => {
      store(null);
      this.#part('resume').hidden = true;
    });
    this.#part('copy').addEventListener('click', () => this.#copyLink());
    this.#part('print').addEventListener('click', () => window.print());
    const embedded = 'embedded' in this.dataset;
    if (!embedded) window.addEventListener('popstate', () => this.#restore(true, location.hash));

    const sample = embedded && previewByUs() ? this.dataset['sample'] : undefined;
    if (sample) {
      this.#sample = true;
      this.#restore(false, `#${encodeState(this.#quiz, { step: 'result', answers: JSON.parse(sample) as Answers })}`);
      return;
    }
    this.#restore(false, embedded ? '' : location.hash);
    if (this.#step === 0 && (embedded || !location.hash) && stored()) this.#part('resume').hidden = false;
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

  /** Shows the state a hash holds (the URL's, or the visitor's saved one). Tampered or old links start fresh. */
  #restore(focus: boolean, hash: string) {
    const decoded = decodeState(this.#quiz, hash);
    this.#part('outdated').hidden = decoded.status !== 'outdated';
    if (decoded.status !== 'ok') {
      if (decoded.status !== 'empty') history.replaceState(null, '', location.pathname + location.search);
      this.#setAnswers({});
      this.#show(0, focus && decoded.status === 'empty');
      return;
    }
    const { answers, step } = decoded.state;
    this.#setAnswers(answers);
    // A link may not skip a required question, land on one these answers skip, or go past an early stop.
    this.#show(landingStep(this.#quiz, answers, step), focus);
  }

  /** Moves to a step as a new history entry. */
  #go(step: Step) {
    this.#sample = false;
    const hash = `#${encodeState(this.#quiz, { step, answers: this.#answers() })}`;
    this.#push(hash);
    store(hash.slice(1));
    this.#show(step, true);
  }

  /** Checks the current answer, then goes on: to the next question asked, or straight to the result on an early stop. */
  #next() {
    if (this.#step === 'result') return;
    const q = this.#quiz.questions[this.#step];
    const fieldset = this.#steps[this.#step];
    if (q && fieldset && q.required && !this.#answers()[q.id]?.length) {
      this.#error(fieldset, true);
      fieldset.querySelector('input')?.focus();
      return;
    }
    this.#go(nextStep(this.#quiz, this.#answers(), this.#step));
  }

  #restart() {
    this.#sample = false;
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
    this.#progress(this.#step);
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

  /** "Question n of total" for this visitor's path, and the Next button's words (written only when they change). */
  #progress(step: number): { n: number; total: number } {
    const answers = this.#answers();
    const { n, total } = progressOf(this.#quiz, answers, step);
    const set = (el: HTMLElement, text: string) => el.textContent !== text && (el.textContent = text);
    set(this.#part('progress-text'), fill(this.#text.questionOf, { n, total }));
    const bar = this.#part<HTMLProgressElement>('progress-bar');
    bar.max = total;
    bar.value = n;
    const last = nextStep(this.#quiz, answers, step) === 'result';
    set(this.#part('next'), last ? this.#text.seeResult : this.#text.next);
    return { n, total };
  }

  /** Shows a question or the result. Focus moves only after a visitor's action. */
  #show(step: Step, focus: boolean) {
    this.#step = step;
    const onResult = step === 'result';
    this.#form.hidden = onResult;
    this.#part('result').hidden = !onResult;
    const sampleNote = this.querySelector<HTMLElement>('[data-quiz-sample]');
    if (sampleNote) sampleNote.hidden = !(this.#sample && onResult);
    this.#part('back').hidden = step === 0;
    // Once past the first question, the intro and badges fold away so each question fits a phone screen.
    this.toggleAttribute('data-started', step !== 0);
    let heading: HTMLElement | null;
    let announcement: string;
    if (onResult) {
      heading = this.#renderResult();
      announcement = fill(this.#text.announceResult, { title: heading?.textContent?.trim() ?? '' });
    } else {
      this.#steps.forEach((fieldset, i) => (fieldset.hidden = i !== step));
      heading = this.#steps[step]?.querySelector('h2') ?? null;
      const { n, total } = this.#progress(step);
      announcement = fill(this.#text.announceStep, { n, total, prompt: heading?.textContent?.trim() ?? '' });
    }
    this.#references(onResult);
    if (focus) {
      this.#part('live').textContent = announcement;
      this.#reveal(onResult);
      heading?.focus({ preventScroll: true });
    }
    // Where the quiz is, on the element (for scripts that start later) and as an event.
    const detail = { step: onResult ? 'result' : step + 1, outcome: onResult ? this.#outcome : undefined };
    this.dataset['step'] = String(detail.step);
    if (detail.outcome) this.dataset['outcome'] = detail.outcome;
    else delete this.dataset['outcome'];
    this.dispatchEvent(new CustomEvent('bw-quiz-step', { bubbles: true, detail }));
  }

  /**
   * Brings the new step into view: a question scrolls to the top of the screen when it starts
   * above it or its Next button ends below it (so it fits one phone screen); the result when it
   * starts off screen or low down.
   */
  #reveal(onResult: boolean) {
    const part = onResult ? this.#part('result') : this.#form;
    const top = part.getBoundingClientRect().top;
    const late = onResult ? top > innerHeight / 3 : this.#part('nav').getBoundingClientRect().bottom > innerHeight;
    // Instantly, like turning a page, even where the site scrolls smoothly.
    if (top < 0 || late) part.scrollIntoView({ block: 'start', behavior: 'instant' });
  }

  /**
   * The page's reference list is the quiz's "Sources" disclosure: hidden while answering, and on
   * the result showing only the sources that result cites (open on our site, closed in an embed).
   */
  #references(onResult: boolean) {
    const list = document.querySelector<HTMLDetailsElement>('[data-references]');
    if (!list) return;
    list.hidden = !onResult;
    if (!onResult) return;
    // Open on our site; closed in an embed, where the clinic's page should stay short.
    if (!('embedded' in this.dataset)) list.open = true;
    narrowReferences(this.#part('result'), list);
    const title = list.querySelector('[data-references-title]');
    if (title) title.textContent = this.#text.resultSourcesTitle;
  }

  #clone(selector: string): DocumentFragment {
    const template = this.querySelector<HTMLTemplateElement>(`template${selector}`);
    return template ? (template.content.cloneNode(true) as DocumentFragment) : new DocumentFragment();
  }

  /** A level's card holding its rows; "you said…" names the visitor's own answer on care cards. */
  #levelCard(level: string, hits: readonly Hit[], youSaid: boolean): DocumentFragment {
    const card = this.#clone(`[data-level="${level}"]`);
    const rows = hits.map((hit) => {
      const row = this.#clone(`[data-flag="${hit.flag}"]`);
      const lead = row.querySelector('[data-flag-lead]');
      if (youSaid && lead) lead.textContent = fill(this.#text.youSaidItem, { because: hit.because });
      return row;
    });
    card.querySelector('[data-flags-slot]')?.replaceWith(...rows);
    return card;
  }

  /** Builds the result: a care card (and the style for later), or the style with its adaptations, reasons and notes. */
  #renderResult(): HTMLElement | null {
    const result = scoreQuiz(this.#quiz, this.#answers());
    this.#outcome = result.outcome;
    const slot = this.#part('outcome');
    slot.replaceChildren();
    const adaptations = result.hits.filter((h) => h.level === 'adapted');
    if (isCareLevel(result.level)) {
      slot.append(this.#levelCard(result.level, result.triggers, true));
      // An emergency or same-day card stands alone: only advice that fits those answers.
      if (isStopLevel(result.level)) return slot.querySelector<HTMLElement>('[data-outcome-title]');
      const later = this.#clone(`[data-later="${result.style}"]`);
      const title = later.querySelector('[data-later-title]');
      if (title) title.textContent = this.#text.laterTitle[result.level] ?? '';
      slot.append(later);
      // For later, not "massage can go ahead" under a card that says not yet.
      if (adaptations.length) {
        const { section } = this.#section(this.#text.adaptationsTitle, false);
        section.append(...adaptations.map((hit) => this.#clone(`[data-flag="${hit.flag}"]`)));
        slot.append(section);
      }
    } else {
      const outcome = this.#clone(`[data-outcome="${result.style}"]`);
      outcome
        .querySelector('[data-adaptations-slot]')
        ?.replaceWith(adaptations.length ? this.#levelCard('adapted', adaptations, false) : '');
      outcome.querySelector('[data-reasons-slot]')?.replaceWith(this.#reasons(result));
      const sheet = outcome.querySelector<HTMLAnchorElement>('[data-quiz-sheet]');
      if (sheet)
        sheet.href = `${this.dataset['sheet'] ?? ''}#${encodeState(this.#quiz, { step: 'result', answers: this.#answers() })}`;
      // Condition pages only for the body areas ticked.
      const ticked = tickedRegions(this.#answers());
      const conditions = outcome.querySelector('[data-condition-links]');
      for (const item of conditions?.querySelectorAll<HTMLElement>('[data-regions]') ?? [])
        item.hidden = !matchesRegions((item.dataset['regions'] ?? '').split(' '), ticked);
      if (!conditions?.querySelector('li:not([hidden])')) conditions?.remove();
      slot.append(outcome, this.#notes(result));
    }
    return slot.querySelector<HTMLElement>('[data-outcome-title]');
  }

  /** A result section with an h3 title and, unless told not to, a list. */
  #section(title: string, withList = true): { section: HTMLElement; list: HTMLUListElement } {
    const section = document.createElement('section');
    section.className = 'quiz-reasons';
    const heading = section.appendChild(document.createElement('h3'));
    heading.textContent = title;
    const list = document.createElement('ul');
    if (withList) section.appendChild(list);
    return { section, list };
  }

  /** "Because you said…" (when any answer pointed somewhere) and "How sure is this?". */
  #reasons(result: QuizResult): HTMLElement {
    const { section, list } = this.#section(this.#text.because, result.reasons.length > 0);
    if (!result.reasons.length) section.replaceChildren();
    for (const reason of result.reasons) list.appendChild(document.createElement('li')).textContent = reason.because;
    section.appendChild(document.createElement('h3')).textContent = this.#text.certaintyTitle;
    section.appendChild(document.createElement('p')).textContent = this.#text.certainty[result.certainty] ?? '';
    return section;
  }

  /** "Also worth knowing": the notes of the answers given and of any note-only rows. */
  #notes(result: QuizResult): HTMLElement | string {
    const keys = [...result.notes, ...result.noteFlags.map((flag) => `flag:${flag}`)];
    const notes = keys.map((key) => this.querySelector<HTMLTemplateElement>(`template[data-note="${CSS.escape(key)}"]`));
    const found = notes.filter((t): t is HTMLTemplateElement => t !== null);
    if (!found.length) return '';
    const { section, list } = this.#section(this.#text.notesTitle);
    for (const note of found) list.append(note.content.cloneNode(true));
    return section;
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
