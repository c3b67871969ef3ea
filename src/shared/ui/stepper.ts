import { html, nothing } from 'lit';
import type { Localizer } from '../i18n/localize.js';

export interface StepperOptions {
  i18n: Localizer;
  current: number;
  total: number;
  /** The title of the current step: the step's heading. */
  title: string;
  /** The title of the next step, announced under the heading. */
  nextTitle?: string;
  headingLevel?: number;
  /** `data-focus` name of the heading, to move focus to it when the step changes. */
  focusName?: string;
}

/** "Étape 1 sur 2", the step's title as a heading, a progress bar and the next step. */
export function stepper({
  i18n,
  current,
  total,
  title,
  nextTitle,
  headingLevel = 3,
  focusName,
}: StepperOptions) {
  return html`<div class="stepper" part="stepper">
    <div
      class="stepper__title"
      role="heading"
      aria-level=${Math.min(Math.max(headingLevel, 1), 6)}
      tabindex="-1"
      data-focus=${focusName ?? nothing}
    >
      <span class="stepper__count">${i18n.t('ui.step', { current, total })}</span>
      ${title}
    </div>
    <div class="stepper__bar" aria-hidden="true">
      ${Array.from({ length: total }, (_, index) => html`<span class=${index < current ? 'done' : ''}></span>`)}
    </div>
    ${nextTitle ? html`<p class="stepper__next">${i18n.t('ui.nextStep', { title: nextTitle })}</p>` : nothing}
  </div>`;
}

/**
 * The stepper of a flow whose step titles are `titles`, on step `current`
 * (from 1): the next step's title follows, and the heading takes focus
 * (`step-heading`) when the step changes.
 */
export function flowStepper(
  i18n: Localizer,
  titles: readonly string[],
  current: number,
  headingLevel: number,
) {
  return stepper({
    i18n,
    current,
    total: titles.length,
    title: titles[current - 1] ?? '',
    ...(current < titles.length ? { nextTitle: titles[current] ?? '' } : {}),
    headingLevel,
    focusName: 'step-heading',
  });
}
