import {
  adoptStyles,
  html,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveControllerHost,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { AdapterError } from '../../adapter/errors.js';
import type { Localizer, MessageBundle } from '../i18n/localize.js';
import { errorPanel, skeleton } from '../ui/async-view.js';
import type { FocusController } from './focus.js';

/** What a part brings beside its templates: its messages (their French in it), and styles for the element's shadow root. */
export interface LazyPart {
  readonly messages?: readonly MessageBundle[];
  readonly styles?: readonly CSSResultOrNative[];
}

/** The element's localizer, which adds a part's messages in the language shown. */
export interface LazyLocalizer extends Localizer {
  use(bundles: readonly MessageBundle[]): Promise<void>;
}

export interface LazyOptions {
  /** Focus asked for on what the part shows lands there once it is shown, after "Réessayer" too. */
  focus?: FocusController;
}

/** The styles the parts of each element brought so far: a part adds its own to those already there. */
const partStyles = new WeakMap<HTMLElement, CSSResultOrNative[]>();

/** Runs `task` once the browser is idle (soon after, where it cannot tell). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 200);
}

/**
 * A part of an element (a screen the parent may never open) downloaded when it
 * is first shown, or ahead of it when the page is idle, with its messages in
 * the language shown and its styles, so that a page pays at once only for what
 * it shows first. While it loads, a skeleton (`aria-busy`, so that focus
 * waits for it); when the network fails, the error with "Réessayer", and
 * nothing the parent typed is lost (drafts live in the host, not in the part).
 */
export class LazyController<M extends LazyPart> implements ReactiveController {
  private part: M | undefined;
  private loading: Promise<M> | undefined;
  private error: AdapterError | undefined;
  private idle = false;
  /** Whether the last render showed this part (its skeleton or error). */
  private shown = false;
  /** Where focus was asked to go while the part was not there yet. */
  private focusTarget: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly i18n: LazyLocalizer,
    private readonly importPart: () => Promise<M>,
    private readonly options: LazyOptions = {},
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.shown = false;
  }

  /** The part if it is there, without asking for it. */
  get loaded(): M | undefined {
    return this.part;
  }

  /** The part, when it is there; asks for it (once) when it is not, unless its download failed ("Réessayer" asks again). */
  get module(): M | undefined {
    if (this.part === undefined && this.error === undefined) this.load().catch(() => undefined);
    return this.part;
  }

  /** The part, downloading it (once at a time); rejects when the download fails, which the next render shows. */
  load(): Promise<M> {
    if (this.part) return Promise.resolve(this.part);
    this.loading ??= this.importPart()
      .then(async (part) => {
        await this.i18n.use(part.messages ?? []);
        if (part.styles?.length && this.host.shadowRoot) {
          const adopted = partStyles.get(this.host) ?? [];
          const added = [...adopted, ...part.styles.filter((style) => !adopted.includes(style))];
          partStyles.set(this.host, added);
          const element = this.host.constructor as typeof ReactiveElement;
          adoptStyles(this.host.shadowRoot, [...element.elementStyles, ...added]);
        }
        return part;
      })
      .then(
        (part) => {
          this.part = part;
          this.error = undefined;
          if (this.focusTarget && this.shown) this.options.focus?.request(this.focusTarget);
          this.focusTarget = undefined;
          this.host.requestUpdate();
          return part;
        },
        (cause: unknown) => {
          this.loading = undefined;
          this.error = new AdapterError({ type: 'network', code: 'code.unavailable', cause });
          this.host.requestUpdate();
          throw this.error;
        },
      );
    return this.loading;
  }

  /** Starts the download without waiting: for what the parent is likely to open next. */
  prefetch(): void {
    if (this.part === undefined && this.error === undefined) this.load().catch(() => undefined);
  }

  /** Once, when the browser is idle: `prefetch`. */
  prefetchWhenIdle(): void {
    if (this.idle) return;
    this.idle = true;
    whenIdle(() => this.prefetch());
  }

  /** The part's template, or a skeleton of `lines` lines while it loads, or the error with a retry. */
  render(lines: number, view: (part: M) => TemplateResult): TemplateResult {
    const part = this.module;
    if (part !== undefined) return view(part);
    this.shown = true;
    this.focusTarget = this.options.focus?.requested ?? this.focusTarget;
    if (this.error) {
      return errorPanel({
        i18n: this.i18n,
        error: this.error,
        onRetry: () => {
          this.error = undefined;
          this.host.requestUpdate();
        },
      });
    }
    return html`${skeleton({ lines, label: this.i18n.t('ui.loading') })}`;
  }
}
