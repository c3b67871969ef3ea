import { expect } from '@open-wc/testing';
import type { ChildIdentity, SchoolSite } from '../../../src/domain/index.js';
import { emptyChildForm, identityToChildForm } from '../../../src/elements/child-register/child-form.js';
import {
  changeFieldIssues,
  changeIssues,
  startChange,
  startRegistration,
  withBirthDate,
  withField,
  withSite,
} from '../../../src/elements/child-register/register-model.js';

const schools: SchoolSite[] = [
  {
    id: 'centre',
    name: 'École du Centre',
    grades: [
      { id: 'p1', label: '1re primaire' },
      { id: 'p2', label: '2e primaire' },
    ],
  },
  { id: 'bois', name: 'École du Bois', grades: [{ id: 'p1', label: '1re primaire' }] },
];

const lea: ChildIdentity = {
  lastName: 'Dubois',
  firstName: 'Léa',
  birthDate: '2016-09-14',
  sex: 'female',
  schoolSiteId: 'centre',
  schoolGradeId: 'p2',
  invoicesTo: 'me',
};

const pending = { key: 'k1', fingerprint: 'f1' };

describe('register-model', () => {
  it('starts a registration on "Mes informations" with the parent’s last name, or where its draft was left', () => {
    expect(startRegistration(undefined, 'Dubois')).to.deep.equal({
      step: 'parent',
      form: emptyChildForm('Dubois'),
      pending: undefined,
    });
    const restored = startRegistration(
      { step: 'recap', form: { firstName: 'Emma', 'birthDate.day': '15', unknownField: 'x' }, pending },
      'Dubois',
    );
    expect(restored.step).to.equal('recap');
    expect(restored.pending).to.equal(pending);
    expect(restored.form.firstName).to.equal('Emma');
    expect(restored.form.lastName, 'the parent’s name stays unless the draft has one').to.equal('Dubois');
    expect(restored.form).not.to.have.property('unknownField');
  });

  it('starts a change request from the child as the service knows them, or from its draft', () => {
    const known = startChange(undefined, lea, 'BE');
    expect(known).to.deep.equal({
      step: 'child',
      form: identityToChildForm(lea, 'BE'),
      pending: undefined,
      comment: '',
    });
    const drafted = startChange(
      { step: 'recap', form: { firstName: 'Léana' }, comment: 'Prénom d’usage', pending },
      lea,
      'BE',
    );
    expect(drafted.form.firstName).to.equal('Léana');
    expect(drafted.form.lastName).to.equal('Dubois');
    expect(drafted).to.include({ step: 'recap', comment: 'Prénom d’usage', pending });
  });

  it('sets a field, a birth date, and a school whose grade is kept only when it has it', () => {
    const form = withField(emptyChildForm(), 'firstName', 'Emma');
    expect(form.firstName).to.equal('Emma');
    expect(withBirthDate(form, { day: '15', month: '3', year: '2020' })).to.include({
      'birthDate.day': '15',
      'birthDate.month': '3',
      'birthDate.year': '2020',
    });
    const inCentre = { ...withSite(form, 'centre', schools), schoolGradeId: 'p2' };
    expect(withSite(inCentre, 'bois', schools).schoolGradeId, 'the Bois has no 2e primaire').to.equal('');
    const p1 = { ...inCentre, schoolGradeId: 'p1' };
    expect(withSite(p1, 'bois', schools)).to.include({ schoolSiteId: 'bois', schoolGradeId: 'p1' });
  });

  it('refuses a change request that changes nothing and says nothing', () => {
    expect(changeIssues({ ok: true, value: lea }, lea, '  ')).to.deep.equal([
      { field: 'comment', code: 'change.none' },
    ]);
    expect(changeIssues({ ok: true, value: lea }, lea, 'Elle a changé d’école')).to.deep.equal([]);
    expect(changeIssues({ ok: true, value: { ...lea, firstName: 'Léana' } }, lea, '')).to.deep.equal([]);
    const issues = [{ field: 'firstName', code: 'required' }];
    expect(changeIssues({ ok: false, issues }, lea, '')).to.equal(issues);
  });

  it('reads the service’s problems with the identity as the form’s fields, in the form’s order', () => {
    expect(
      changeFieldIssues([
        { field: 'identity.sex', code: 'required' },
        { field: 'identity.lastName', code: 'too-long' },
      ]),
    ).to.deep.equal([
      { field: 'lastName', code: 'too-long' },
      { field: 'sex', code: 'required' },
    ]);
  });
});
