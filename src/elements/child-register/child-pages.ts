import { html, nothing, type TemplateResult } from 'lit';
import type {
  ChildRecord,
  CommuneSettings,
  FamilySnapshot,
  RequestReceipt,
  SchoolSite,
  StatusHistoryEntry,
} from '../../domain/index.js';
import { formatPhone } from '../../domain/phone.js';
import { formatNationalNumber } from '../../domain/national-number.js';
import { healthFormValidUntil } from '../../domain/health-rules.js';
import { formatKidEidNumber } from '../../domain/child-rules.js';
import { localText } from '../../shared/i18n/local-text.js';
import type { CoreKey, Localizer } from '../../shared/i18n/localize.js';
import type { ChildKey } from './messages/index.js';
import { button, detailsList, recap, requestList } from '../../shared/ui/index.js';
import { healthRecapRows } from './health-recap.js';
import { pendingChange } from './screens.js';

/** What the family's pages need from the element. */
export interface PagesView {
  i18n: Localizer<ChildKey>;
  commune: CommuneSettings;
  schools: readonly SchoolSite[];
  headingLevel: number;
  statusLabel: (entry: StatusHistoryEntry) => string;
}

const t = (view: PagesView, key: string, params?: Record<string, string | number>) =>
  view.i18n.t(key as CoreKey | ChildKey, params);

/** A change request's changed fields, in the parent's words ("Ce qui change : École, Personnes de contact"). */
export function changedFields(view: PagesView, request: RequestReceipt): string | undefined {
  if (!request.changes?.length) return undefined;
  const labels = request.changes.map(({ field }) => {
    const [section, name = ''] = field.split('.');
    const key =
      section === 'health'
        ? `child.health.recap.${name}`
        : name === 'otherGuardian'
          ? 'child.recap.otherGuardian'
          : `child.field.${name}`;
    return view.i18n.has(key) ? t(view, key) : name;
  });
  return t(view, 'child.page.changes', { fields: labels.join(', ') });
}

export interface ListActions {
  open(childId: string): void;
  fillHealth(childId: string): void;
  register(): void;
}

/** "Mes enfants": each child with their health form's status and what can be done next. */
export function renderChildList(view: PagesView, family: FamilySnapshot, actions: ListActions) {
  const level = Math.min(view.headingLevel + 1, 6);
  return html`
    ${
      family.children.length === 0
        ? html`<p>${t(view, 'child.list.empty')}</p>`
        : html`<ul class="child-cards" part="children">
            ${family.children.map((child) => {
              const name = child.firstName;
              const pending = family.requests.filter(
                (request) => request.childId === child.id && request.status === 'pending',
              ).length;
              return html`<li class="child-card" part="child">
                <div class="child-name" role="heading" aria-level=${level}>
                  ${child.firstName} ${child.lastName}
                </div>
                <p class="muted">${t(view, 'ui.born', { date: view.i18n.date(child.birthDate) })}</p>
                <p>
                  <span class="badge badge--${child.healthForm}"
                    >${t(view, `ui.health.${child.healthForm}`)}</span
                  >
                  ${
                    child.identityComplete
                      ? nothing
                      : html`<span class="badge badge--to-update"
                          >${t(view, 'child.list.schoolMissing')}</span
                        >`
                  }
                  ${
                    pending > 0
                      ? html`<span class="badge badge--pending"
                          >${t(view, 'child.list.pending', { count: pending })}</span
                        >`
                      : nothing
                  }
                </p>
                <div class="actions" part="actions">
                  ${
                    child.healthForm === 'complete' || pendingChange(family, child.id)
                      ? nothing
                      : button({
                          label: t(
                            view,
                            child.healthForm === 'missing'
                              ? 'child.list.fillHealth'
                              : 'child.list.updateHealth',
                            { name },
                          ),
                          variant: 'primary',
                          onClick: () => actions.fillHealth(child.id),
                        })
                  }
                  ${button({
                    label: t(view, 'child.list.open', { name }),
                    variant: 'secondary',
                    onClick: () => actions.open(child.id),
                  })}
                </div>
              </li>`;
            })}
          </ul>`
    }
    <div class="actions" part="actions">
      ${button({ label: t(view, 'child.list.register'), variant: 'secondary', onClick: () => actions.register() })}
    </div>
  `;
}

export interface ChildPageActions {
  fillHealth(): void;
  requestChange(): void;
}

function identityRows(view: PagesView, record: ChildRecord): [string, string | TemplateResult][] {
  const { identity } = record;
  const site = view.schools.find((candidate) => candidate.id === identity.schoolSiteId);
  const grade = site?.grades.find((candidate) => candidate.id === identity.schoolGradeId);
  const guardian = identity.otherGuardian;
  const rows: [string, string | TemplateResult][] = [
    [t(view, 'child.field.birthDate'), view.i18n.date(identity.birthDate)],
    [t(view, 'child.field.sex'), t(view, `child.sex.${identity.sex}`)],
  ];
  if (view.commune.country === 'BE') {
    if (identity.nationalNumber)
      rows.push([t(view, 'child.field.nationalNumber'), formatNationalNumber(identity.nationalNumber)]);
    if (identity.kidEidNumber)
      rows.push([t(view, 'child.field.kidEidNumber'), formatKidEidNumber(identity.kidEidNumber)]);
  }
  rows.push(
    [t(view, 'child.field.schoolSiteId'), site?.name ?? t(view, 'ui.notProvided')],
    [
      t(view, 'child.field.schoolGradeId'),
      grade ? localText(view.i18n, grade.label) : t(view, 'ui.notProvided'),
    ],
  );
  if (guardian) {
    const phone = guardian.phone ? `, ${formatPhone(guardian.phone, view.commune.country)}` : '';
    rows.push(
      [
        t(view, 'child.recap.otherGuardian'),
        `${guardian.firstName} ${guardian.lastName} (${guardian.relation})${phone}`,
      ],
      [t(view, 'child.field.invoicesTo'), t(view, `child.invoicesTo.${identity.invoicesTo}`)],
    );
  }
  return rows;
}

/** One section of a child's page, its heading one level below the page's. */
function section(view: PagesView, name: 'health' | 'identity' | 'requests', level: number, content: unknown) {
  return html`<section aria-labelledby="child-${name}-heading">
    <div class="h3" role="heading" aria-level=${level} id="child-${name}-heading">
      ${t(view, `child.page.${name}`)}
    </div>
    ${content}
  </section>`;
}

/**
 * A child's page (seed 004, "cliquer sur le prénom d'un enfant"): the health
 * form's status and content, identity and school, and every request about
 * the child with its history. Changes go through the service as requests.
 */
export function renderChildPage(
  view: PagesView,
  record: ChildRecord,
  family: FamilySnapshot,
  actions: ChildPageActions,
) {
  const level = Math.min(view.headingLevel + 1, 6);
  const name = record.identity.firstName;
  const requests = family.requests.filter((request) => request.childId === record.id);
  const pending = pendingChange(family, record.id);
  const health = record.health;
  const status = health
    ? t(view, `child.page.status.${record.healthForm}`, {
        date: view.i18n.date(health.confirmedAt),
        until: view.i18n.date(
          healthFormValidUntil(health.confirmedAt, view.commune.healthFormValidityMonths).toISOString(),
        ),
      })
    : t(view, 'child.page.status.missing');
  const healthAction =
    record.healthForm === 'missing'
      ? 'child.page.fillHealth'
      : record.healthForm === 'to-update'
        ? 'child.page.updateHealth'
        : 'child.page.changeHealth';
  return html`
    ${
      pending
        ? html`<p class="callout" role="note" part="pending">
            ${t(view, 'child.page.pending', { name, number: pending.number })}
          </p>`
        : nothing
    }
    ${section(
      view,
      'health',
      level,
      html`
        <p>
          <span class="badge badge--${record.healthForm}">${t(view, `ui.health.${record.healthForm}`)}</span>
          ${status}
        </p>
        ${
          health
            ? html`<details class="health-summary">
                <summary>${t(view, 'child.page.showHealth', { name })}</summary>
                ${recap({
                  i18n: view.i18n,
                  rows: healthRecapRows(
                    { i18n: view.i18n, country: view.commune.country },
                    health.form,
                    false,
                  ),
                  onChange: () => undefined,
                })}
              </details>`
            : nothing
        }
        ${
          pending
            ? nothing
            : html`<div class="actions" part="actions">
                ${button({
                  label: t(view, healthAction),
                  variant: record.healthForm === 'complete' ? 'secondary' : 'primary',
                  onClick: () => actions.fillHealth(),
                })}
              </div>`
        }
      `,
    )}
    ${section(
      view,
      'identity',
      level,
      html`
        ${detailsList(identityRows(view, record))}
        ${
          pending
            ? nothing
            : html`<div class="actions" part="actions">
                ${button({
                  label: t(view, 'child.page.requestChange'),
                  variant: 'secondary',
                  onClick: () => actions.requestChange(),
                })}
              </div>`
        }
      `,
    )}
    ${section(
      view,
      'requests',
      level,
      html`
        ${
          requests.length > 0
            ? requestList({
                i18n: view.i18n,
                requests,
                labelFor: view.statusLabel,
                changesOf: (request) => changedFields(view, request),
                headingLevel: Math.min(level + 1, 6),
              })
            : html`<p class="muted">${t(view, 'child.page.noRequests')}</p>`
        }
      `,
    )}
  `;
}
