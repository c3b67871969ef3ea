import { expect } from '@open-wc/testing';
import type { CampEnrolment, EnrolmentDraft } from '../../../src/domain/index.js';
import type { Outcome } from '../../../src/elements/child-enrol/enrol-model.js';
import {
  daysToCome,
  draftInput,
  reasonIssue,
  resumeWizard,
  startWizard,
  stepBeside,
  stepIssues,
  waitingWeeksOf,
  weeksToWaitFor,
  withChild,
  withWaiting,
} from '../../../src/elements/child-enrol/wizard.js';
import { summer } from './fixtures.js';

const draft: EnrolmentDraft = {
  trackingCode: 'HGQNWTWN',
  step: 'weeks',
  campId: 'ete-2027',
  days: [{ date: '2027-07-01', activityIds: ['gym'] }, { date: '2027-07-06' }],
  updatedAt: '2027-03-01T10:00:00+01:00',
};

function enrolment(requestId: string, weeks: CampEnrolment['weeks']): CampEnrolment {
  return {
    receipt: {
      id: requestId,
      number: '28-49',
      trackingCode: 'HGQNWTWN',
      kind: 'camp-enrolment',
      status: 'pending',
      submittedAt: '2027-03-01T10:00:00+01:00',
      history: [],
    },
    campId: 'ete-2027',
    childId: 'chi-1',
    weeks,
  };
}

describe('wizard (the enrolment steps)', () => {
  it('starts on "Coordonnées" with no day, for the child given if any', () => {
    expect(startWizard('ete-2027')).to.deep.equal({
      step: 'parent',
      campId: 'ete-2027',
      days: [],
      waitingWeekIds: [],
    });
    expect(startWizard('ete-2027', 'chi-1').childId).to.equal('chi-1');
  });

  it('drops the days gone by, and resumes a draft saved before its child was chosen on the choice of the child', () => {
    expect(daysToCome(draft.days, '2027-07-01').map((day) => day.date)).to.deep.equal(['2027-07-06']);
    const resumed = resumeWizard(draft, 'ete-2027', '2027-03-01');
    expect(resumed).to.deep.equal({
      trackingCode: 'HGQNWTWN',
      step: 'child',
      campId: 'ete-2027',
      days: draft.days,
      waitingWeekIds: [],
    });
    expect(resumeWizard({ ...draft, childId: 'chi-1' }, 'ete-2027', '2027-03-01').step).to.equal('weeks');
    expect(resumeWizard({ ...draft, step: 'parent' }, 'ete-2027', '2027-03-01').step).to.equal('parent');
  });

  it('keeps the days for the same child and drops them for another; the waiting lists always go', () => {
    const wizard = {
      ...startWizard('ete-2027', 'chi-1'),
      days: draft.days,
      waitingWeekIds: ['ete-2027-s27'],
    };
    expect(withChild(wizard, 'chi-1'))
      .to.include({ days: draft.days })
      .and.deep.include({ waitingWeekIds: [] });
    expect(withChild(wizard, 'chi-2')).to.deep.include({ childId: 'chi-2', days: [], waitingWeekIds: [] });
  });

  it('stops "Suivant" without an eligible child or without a day, and knows the steps beside', () => {
    const onChild = { ...startWizard('ete-2027'), step: 'child' as const };
    expect(stepIssues(onChild, ['chi-1'])).to.deep.equal([{ field: 'childId', code: 'required' }]);
    expect(stepIssues({ ...onChild, childId: 'chi-2' }, ['chi-1']), 'Tom cannot be enrolled').to.have.length(
      1,
    );
    expect(stepIssues({ ...onChild, childId: 'chi-1' }, ['chi-1'])).to.deep.equal([]);
    expect(stepIssues({ ...onChild, step: 'weeks' }, [])).to.deep.equal([
      { field: 'days', code: 'camp.no-day' },
    ]);
    expect(stepBeside('parent', 1)).to.equal('child');
    expect(stepBeside('recap', 1)).to.equal(undefined);
    expect(stepBeside('parent', -1)).to.equal(undefined);
    expect(stepBeside('weeks', -1)).to.equal('child');
  });

  it('gives the service what it keeps of the enrolment in progress', () => {
    const wizard = {
      ...startWizard('ete-2027', 'chi-1'),
      step: 'weeks' as const,
      days: draft.days,
      waitingWeekIds: ['x'],
    };
    expect(draftInput(wizard)).to.deep.equal({
      step: 'weeks',
      campId: 'ete-2027',
      childId: 'chi-1',
      days: draft.days,
    });
    expect(draftInput({ ...wizard, trackingCode: 'HGQNWTWN' }).trackingCode).to.equal('HGQNWTWN');
  });

  it('finds the waiting lists of a resumed draft and of an answer', () => {
    const wizard = {
      ...startWizard('ete-2027', 'chi-1'),
      days: [{ date: '2027-07-01' }, { date: '2027-07-08' }],
    };
    expect(waitingWeeksOf(summer(), wizard, new Set(['2027-07-08', '2027-07-15']))).to.deep.equal([
      'ete-2027-s27',
    ]);
    expect(waitingWeeksOf(summer(), wizard, new Set())).to.deep.equal([]);
    const answer = enrolment('req-1', [
      { weekId: 'ete-2027-s26', label: 'S26', status: 'accepted', days: ['2027-07-01'], fullDays: [] },
      {
        weekId: 'ete-2027-s27',
        label: 'S27',
        status: 'full',
        days: ['2027-07-08'],
        fullDays: ['2027-07-08'],
      },
      {
        weekId: 'ete-2027-s28',
        label: 'S28',
        status: 'full',
        days: ['2027-07-12'],
        fullDays: ['2027-07-12'],
      },
    ]);
    expect(weeksToWaitFor(answer, ['ete-2027-s26', 'ete-2027-s27'])).to.deep.equal(['ete-2027-s27']);
  });

  it('adds a waiting list joined to its request’s outcome only', () => {
    const outcomes: Outcome[] = [
      { enrolment: enrolment('req-1', []), firstName: 'Léa', waiting: {} },
      { enrolment: enrolment('req-2', []), firstName: 'Tom', waiting: {} },
    ];
    const waiting = {
      requestId: 'req-2',
      weekId: 'ete-2027-s27',
      label: 'S27',
      position: 1,
      days: ['2027-07-08'],
    };
    const next = withWaiting(outcomes, 'req-2', 'ete-2027-s27', waiting);
    expect(next[0]).to.equal(outcomes[0]);
    expect(next[1]!.waiting).to.deep.equal({ 'ete-2027-s27': waiting });
    expect(outcomes[1]!.waiting, 'unchanged').to.deep.equal({});
  });

  it('asks for a reason to unsubscribe, of a bounded length', () => {
    expect(reasonIssue('  ', 500)).to.deep.equal({ field: 'reason', code: 'required' });
    expect(reasonIssue('x'.repeat(501), 500)).to.deep.equal({ field: 'reason', code: 'too-long' });
    expect(reasonIssue(' Malade ', 500)).to.equal(undefined);
  });
});
