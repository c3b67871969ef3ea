import type { Task } from '@lit/task';
import { html } from 'lit';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { ChildRecord, ChildRegistration, RequestReceipt } from '../../domain/index.js';
import { skeleton } from '../../shared/ui/index.js';
import type { ChildParts } from './child-parts.js';
import {
  errorFor,
  renderNotRegistered,
  type Loaded,
  type RegisterView,
  type Screen,
} from './register-view.js';
import {
  renderChildError,
  renderChildFormScreen,
  renderChildPageScreen,
  renderChildren,
  type ScreensView,
} from './screens-view.js';

/** What the screens past the registration need of the element: their view, and the element's state. */
export interface ScreensHost extends ScreensView {
  screen: Screen;
  /** The answer to the health form or the change request just sent. */
  sent: RequestReceipt | undefined;
  /** The registration just done, shown above the health form it opened. */
  welcome: ChildRegistration | undefined;
  /** The child record the open form started from. */
  startedFor: ChildRecord | undefined;
  parts: ChildParts;
  childTask: Task<readonly [FamilyPortalAdapter | undefined, string | undefined], ChildRecord>;
  registerView: RegisterView;
  /** After a health form's list changed: focus goes to `#focusId`, `announcement` is said. */
  listChanged(announcement: string, focusId: string): void;
}

/** "Mes enfants", or the child the screen is about once read: their page, health form or change request. */
export function renderScreens(view: ScreensHost, loaded: Loaded) {
  if (view.screen.name === 'children')
    return renderChildren(view, loaded.family, () => renderNotRegistered(view.registerView, loaded));
  const loading = () => skeleton({ lines: 8, label: view.i18n.t('ui.loading') });
  return view.childTask.render({
    initial: loading,
    pending: loading,
    complete: (record) => renderChildScreen(view, loaded, record),
    error: (error) => renderChildError(view, error, () => void view.childTask.run()),
  });
}

function renderChildScreen(view: ScreensHost, loaded: Loaded, record: ChildRecord) {
  const { screen, sent, welcome, parts } = view;
  // `child-id` opens the health form when it is due: known once the health form's part is there.
  if (screen.name === 'child' && screen.auto && view.startedFor !== record)
    return parts.health.render(8, () => html``);
  if (screen.name !== 'health' && screen.name !== 'change')
    return renderChildPageScreen(view, record, loaded.family);
  return renderChildFormScreen(view, screen.name, record, loaded.family, {
    sent,
    welcome:
      welcome?.childId === record.id && !sent && parts.builtHealthForm?.step === 'care'
        ? () =>
            parts.done.render(8, (done) => done.renderConfirmation(view.registerView, welcome, loaded, true))
        : undefined,
    form: () =>
      screen.name === 'health'
        ? renderHealth(view, loaded, record)
        : parts.steps.render(12, (steps) => steps.renderChange(view.registerView, loaded)),
  });
}

/** The health form of `record`, once its part is there (and so its controller, started by the element). */
function renderHealth(view: ScreensHost, loaded: Loaded, record: ChildRecord) {
  return view.parts.health.render(12, (part) => {
    const health = view.parts.healthForm;
    if (!health) return html``;
    const flow = view.registerView;
    const screen = {
      ...flow,
      health,
      errorFor: (field: string) => errorFor(flow, field, loaded.commune, 'child.health'),
      listChanged: view.listChanged,
    };
    return part.renderHealthScreen(screen, loaded, record);
  });
}
