import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AdapterError } from '../../adapter/errors.js';
import type { Localizer, MessageBundle } from '../i18n/localize.js';
import { errorPanel, skeleton } from '../ui/async-view.js';

/** What a part of an element loaded on first use needs of its host. */
export interface LazyHost extends ReactiveControllerHost {
  readonly i18n: Localizer & { use(bundles: readonly MessageBundle[]): Promise<void> };
}

/**
 * A part of an element (a screen the parent may never open) downloaded when it
 * is first shown, with its messages, so that a page pays at once only for what
 * it shows first. While it loads, a skeleton (`aria-busy`, so that focus waits
 * for it); when the network fails, the error with "Réessayer", and nothing the
 * parent typed is lost (drafts live in the host, not in the part).
 */
export class LazyController<M> {
  private loaded: M | undefined;
  private loading: Promise<void> | undefined;
  private error: AdapterError | undefined;

  constructor(
    private readonly host: LazyHost,
    private readonly load: () => Promise<M>,
    private readonly bundles: readonly MessageBundle[] = [],
  ) {}

  /** The part, when it is there; asks for it (once) when it is not. */
  get module(): M | undefined {
    if (this.loaded === undefined && this.error === undefined) void this.fetch();
    return this.loaded;
  }

  /** Starts the download without waiting: for the screen the parent is likely to open next. */
  prefetch(): void {
    if (this.loaded === undefined) void this.fetch().catch(() => undefined);
  }

  /** The part's template, or a skeleton of `lines` lines while it loads, or the error with a retry. */
  render(lines: number, view: (module: M) => TemplateResult): TemplateResult {
    const module = this.module;
    if (module !== undefined) return view(module);
    if (this.error) {
      return errorPanel({
        i18n: this.host.i18n,
        error: this.error,
        onRetry: () => {
          this.error = undefined;
          this.host.requestUpdate();
        },
      });
    }
    return html`${skeleton({ lines, label: this.host.i18n.t('ui.loading') })}`;
  }

  private fetch(): Promise<void> {
    this.loading ??= Promise.all([this.load(), this.host.i18n.use(this.bundles)]).then(
      ([module]) => {
        this.loaded = module;
        this.host.requestUpdate();
      },
      (cause: unknown) => {
        this.loading = undefined;
        this.error = new AdapterError({ type: 'network', code: 'code.unavailable', cause });
        this.host.requestUpdate();
      },
    );
    return this.loading;
  }
}
