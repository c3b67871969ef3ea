import { expect } from '@open-wc/testing';
import type { Locale } from '../../src/domain/index.js';
import { mailCodes, mailLanguage, renderMail, type MailParams } from '../../src/domain/mail-texts/index.js';

const commune = { name: 'Wavre', serviceName: 'Service Jeunesse' };
const languages: Locale[] = ['fr', 'nl', 'de', 'en'];
/** Every parameter an e-mail may name; `kind` picks the request's words. */
const everything = (kind: string): MailParams => ({
  firstName: 'Sophie',
  kind,
  number: '27-9',
  child: 'Léa',
  week: 'S28',
  reason: 'Incomplet.',
  label: 'Plaine d’été',
  amountCents: 12345,
  children: 'Léa, Tom',
  from: '2027-03-01',
  to: '2027-03-12',
  date: '2027-03-04',
  unit: 'Repas',
  booked: 3,
  waiting: 0,
  cancelled: 1,
  excused: 0,
  billed: 0,
  refused: 1,
  invoice: 'F-2027-000042',
  creditNote: 'F-2027-000050',
});
const kinds = [
  'parent-registration',
  'parent-change',
  'child-change',
  'camp-unsubscribe',
  'booking',
  'period-booking',
  'planning-copy',
  'absence',
];

describe('the service’s e-mails in the family’s language', () => {
  for (const language of languages)
    it(`words every e-mail in ${language}, parameters filled`, () => {
      for (const code of mailCodes)
        for (const kind of kinds) {
          const { subject, body } = renderMail(code, everything(kind), language, commune);
          expect(`${subject}\n${body}`, `${code} ${kind}`).to.not.match(/[{}]/);
          expect(subject, code).to.include('Wavre');
          expect(body, code).to.match(/Service Jeunesse|Wavre/);
        }
      const unsubscribed = renderMail('request-accepted', everything('camp-unsubscribe'), language, commune);
      expect(unsubscribed.body).to.include('Léa');
      const refused = renderMail('request-refused', everything('parent-change'), language, commune);
      expect(refused.body).to.match(/\n\n[^\n]+: Incomplet\.\n/);
    });

  it('keeps the French e-mails word for word', () => {
    expect(renderMail('paid', everything(''), 'fr', commune)).to.deep.equal({
      subject: 'Wavre : paiement reçu',
      body: 'Bonjour Sophie,\n\nNous avons bien reçu votre paiement de 123,45 € pour « Plaine d’été ». Les places de vos enfants sont confirmées.\n\nService Jeunesse\n',
    });
    expect(renderMail('request-accepted', everything('camp-unsubscribe'), 'fr', commune)).to.deep.equal({
      subject: 'Wavre : votre demande de désinscription n° 27-9 a été acceptée',
      body: 'Bonjour Sophie,\n\nLe Service Jeunesse a traité votre demande n° 27-9. Semaine S28 : Léa est désinscrit(e) et sa place est libérée. Le service vous contactera au sujet d’un éventuel remboursement.\n\nWavre\n',
    });
    const refused = renderMail(
      'request-refused',
      { firstName: 'Sophie', kind: 'parent-registration', number: '27-9' },
      'fr',
      commune,
    );
    expect(refused.body).to.equal(
      'Bonjour Sophie,\n\nLe Service Jeunesse a traité votre demande n° 27-9. Votre demande a été refusée.\n\nWavre\n',
    );
  });

  it('words an invoice dispute’s decision: the credit note and its amount, or the reason', () => {
    const accepted = renderMail('invoice-dispute-accepted', everything(''), 'fr', commune);
    expect(accepted).to.deep.equal({
      subject: 'Wavre : votre contestation de la facture F-2027-000042 est acceptée',
      body: 'Bonjour Sophie,\n\nLe Service Jeunesse a traité votre contestation n° 27-9 de la facture F-2027-000042 et l’accepte : il émet la note de crédit F-2027-000050 de 123,45 €. Elle solde ce qui restait à payer sur cette facture ; ce que vous aviez déjà payé reste à votre crédit.\n\nWavre\n',
    });
    for (const language of languages) {
      const { body } = renderMail('invoice-dispute-accepted', everything(''), language, commune);
      expect(body, language)
        .to.include('F-2027-000050')
        .and.match(/123[,.]45/);
      const refused = renderMail('invoice-dispute-refused', everything(''), language, commune);
      expect(refused.subject, language).to.include('F-2027-000042');
      expect(refused.body, language).to.match(/\n\n[^\n]+: Incomplet\.\n/);
    }
    const unexplained = renderMail(
      'invoice-dispute-refused',
      { firstName: 'Sophie', number: '27-9', invoice: 'F-2027-000042' },
      'en',
      commune,
    );
    expect(unexplained.body).to.equal(
      'Hello Sophie,\n\nService Jeunesse has dealt with your dispute no. 27-9 of invoice F-2027-000042 and refuses it: the invoice remains due.\n\nWavre\n',
    );
  });

  it('words a calendar decision with its dates in the family’s language', () => {
    const accepted = renderMail('request-accepted', everything('period-booking'), 'fr', commune);
    expect(accepted.subject).to.equal('Wavre : votre réservation sur période n° 27-9 a été acceptée');
    expect(accepted.body).to.include('Léa, Tom, du 1 mars 2027 au 12 mars 2027. Réservés : 3');
    expect(accepted.body).to.include('Motif : Incomplet.');
    const placed = renderMail('calendar-place-booked', everything(''), 'nl', commune);
    expect(placed.body).to.include('Léa is ingeschreven op 4 maart 2027 (Repas)');
  });

  it('writes amounts and weeks as each language does', () => {
    const amount = (language: Locale) =>
      /betaling van (.+) voor|paiement de (.+) pour|Zahlung von (.+) für|payment of (.+) for/
        .exec(renderMail('paid', everything(''), language, commune).body)
        ?.slice(1)
        .find(Boolean);
    expect(languages.map(amount)).to.deep.equal(['123,45 €', '€ 123,45', '123,45 €', '€123.45']);
    expect(renderMail('place-offered', { week: 'S28' }, 'nl', commune).body).to.include(
      'Week W28: er is een plaats',
    );
    expect(renderMail('place-offered', { week: 'S28' }, 'de', commune).body).to.include('Woche KW28:');
  });

  it('keeps hostile parameters as they are, never as templates', () => {
    const hostile = '{commune} <b>{number}</b>';
    const { subject, body } = renderMail(
      'paid',
      { firstName: hostile, label: hostile, amountCents: 100 },
      'en',
      commune,
    );
    expect(subject).to.equal('Wavre: payment received');
    expect(body).to.include(`Hello ${hostile},`).and.include(`for “${hostile}”`);
  });

  it('writes in the family’s language, else the commune’s, else French', () => {
    expect(mailLanguage('nl', { language: 'de' })).to.equal('nl');
    expect(mailLanguage(undefined, { language: 'de' })).to.equal('de');
    expect(mailLanguage(null, {})).to.equal('fr');
  });
});
