import { html, nothing } from 'lit';
import type { MessageService } from '../../domain/index.js';
import { messageRules } from '../../domain/message-rules.js';
import { localString, pickLocalText } from '../../shared/i18n/local-text.js';
import { button, errorSummary, selectField, textField } from '../../shared/ui/index.js';
import { bodyField, filesField, issueOf, sending, sendingErrors, uploadProgress } from './form-parts.js';
import type { InboxView } from './view.js';

/**
 * "Nouveau message": the service, its theme, the subject, the message and its
 * files; the problems on "Envoyer", in a summary that takes focus and beside
 * each field, every value kept.
 */
export function renderCompose(view: InboxView, services: readonly MessageService[]) {
  const { t, i18n } = view;
  const state = view.composing;
  const issues = state.issues;
  const service = services.find((candidate) => candidate.id === state.serviceId);
  const themes = service?.themes ?? [];
  const back = html`<span data-button="back"
    >${button({ label: t('inbox.back'), variant: 'link', onClick: () => view.back() })}</span
  >`;
  if (services.length === 0)
    return html`${back} ${view.heading(t('inbox.compose.title'), 1, 'compose-heading')}
      <p class="callout" part="empty">${t('inbox.compose.noService')}</p>`;
  return html`<section class="compose" part="compose">
    ${back} ${view.heading(t('inbox.compose.title'), 1, 'compose-heading')}
    <p class="hint">${t('inbox.compose.intro')}</p>
    ${errorSummary({ i18n, issues, onFollow: (id) => view.follow(id) })}
    <p class="hint">${t('ui.requiredLegend')}</p>
    <form
      part="form"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        view.sendCompose(services);
      }}
    >
      ${selectField({
        i18n,
        id: 'compose-service',
        name: 'service',
        label: t('inbox.compose.service'),
        placeholder: t('inbox.compose.service.choose'),
        options: services.map((candidate) => {
          const name = pickLocalText(i18n, candidate.name);
          const about = candidate.description ? ` — ${localString(i18n, candidate.description)}` : '';
          return { value: candidate.id, label: `${name.text}${about}`, lang: name.lang };
        }),
        value: state.serviceId,
        error: issueOf(issues, 'compose-service'),
        onChange: (serviceId) => {
          const chosen = services.find((candidate) => candidate.id === serviceId);
          const keepTheme = chosen?.themes.some((theme) => theme.id === state.themeId);
          view.change('compose', { serviceId, themeId: keepTheme ? state.themeId : '' });
        },
      })}
      ${
        service && themes.length === 0
          ? nothing
          : selectField({
              i18n,
              id: 'compose-theme',
              name: 'theme',
              label: t('inbox.compose.theme'),
              placeholder: t('inbox.compose.theme.choose'),
              options: themes.map((theme) => {
                const name = pickLocalText(i18n, theme.name);
                return { value: theme.id, label: name.text, lang: name.lang };
              }),
              value: state.themeId,
              hint: service ? undefined : t('inbox.compose.theme.first'),
              error: issueOf(issues, 'compose-theme'),
              disabled: !service,
              onChange: (themeId) => view.change('compose', { themeId }),
            })
      }
      ${textField({
        i18n,
        id: 'compose-subject',
        name: 'subject',
        label: t('inbox.compose.subject'),
        value: state.subject,
        required: true,
        maxLength: messageRules.subjectMax,
        width: 'full',
        error: issueOf(issues, 'compose-subject'),
        onInput: (subject) => view.change('compose', { subject }),
      })}
      ${bodyField(view, {
        id: 'compose-body',
        label: t('inbox.compose.body'),
        value: state.body,
        issues,
        onInput: (body) => view.change('compose', { body }),
      })}
      ${filesField(view, 'compose', state)} ${uploadProgress(view)}
      ${sendingErrors(view, () => view.sendCompose(services))}
      <div class="actions">
        ${button({
          label: t('inbox.compose.send'),
          type: 'submit',
          variant: 'primary',
          busy: sending(view),
          busyLabel: t('ui.sending'),
        })}
        ${button({ label: t('inbox.compose.cancel'), onClick: () => view.cancelCompose() })}
      </div>
    </form>
  </section>`;
}
