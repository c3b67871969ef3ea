import { property, state } from 'lit/decorators.js';
import { FpElement } from './base-element.js';

/**
 * The base of the elements that are form controls (`<camp-week-picker>`,
 * the calendar next), on ElementInternals: in a `<form>` they submit their
 * value under `name`, take part in its validation, reset, `disabled`
 * fieldsets and restored forms, and answer `checkValidity()`,
 * `reportValidity()`, `validity` and `validationMessage` like a native
 * control. A subclass says what its value is (`formValue`), what is wrong
 * with it (`formIssue`), and how it is reset and restored.
 */
export abstract class FpFormControl<K extends string = never> extends FpElement<K> {
  /** @internal */
  static formAssociated = true;

  /** @internal */
  protected readonly internals = this.attachInternals();

  /** The form field's name: what the value is submitted under. */
  @property({ reflect: true }) name = '';

  /** A value must be given for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Nothing can be chosen, and the value is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** @internal Disabled by an ancestor `<fieldset disabled>`. */
  @state() protected formDisabled = false;

  /** @internal Disabled by its own attribute or by its fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity, as a native control's. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the value is not valid, or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in the form's validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when the value is valid; otherwise fires `invalid` and answers false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows the message on the element's anchor. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal The form was reset: back to no value. */
  abstract formResetCallback(): void;

  /** @internal The browser gives back the state saved by `formValue` (history, autofill). */
  abstract formStateRestoreCallback(saved: unknown): void;

  /**
   * @internal The entries submitted under `name` (none without a name), and
   * the state the browser keeps to restore the control.
   */
  protected abstract formValue(): { entries: FormData | null; state: string };

  /**
   * @internal What is wrong with the value: a validity flag and its message,
   * or undefined when it is valid.
   */
  protected abstract formIssue(): { flags: ValidityStateFlags; message: string } | undefined;

  /** @internal Where the browser shows the validation message (the focusable part). */
  protected validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** @internal Tells the form the value and the validity: call after each render. */
  protected syncForm(): void {
    const { entries, state: saved } = this.formValue();
    this.internals.setFormValue(entries, saved);
    const issue = this.formIssue();
    if (issue) this.internals.setValidity(issue.flags, issue.message, this.validationAnchor());
    else this.internals.setValidity({});
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.syncForm();
  }
}
