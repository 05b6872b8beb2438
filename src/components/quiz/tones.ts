/** The colour tone of each quiz level's card: emergencies in red, other care levels in amber. */
import type { LevelId } from '../../ids/quiz';

export type Tone = 'alert' | 'warn' | 'info';

export const levelTones: Record<LevelId, Tone> = {
  emergency: 'alert',
  'same-day': 'alert',
  'doctor-first': 'warn',
  wait: 'warn',
  adapted: 'info',
  note: 'info',
};

/** Tailwind classes for a tone's boxed card. */
export const toneClasses: Record<Tone, string> = {
  alert: 'border-alert-line bg-alert-bg text-alert-ink',
  warn: 'border-warn-line bg-warn-bg text-warn-ink',
  info: 'border-accent bg-accent-soft text-ink',
};
