import type { sentences as fr } from './fr.js';
import type { MailTexts } from './texts.js';

/** The service's sentences that both its e-mails and the status history say, in English. */
export const sentences = {
  placeOffered:
    'Week {week}: a place has become free. Enrol your child on the parents’ portal while it is still available.',
  unsubscribed:
    'Week {week}: {child} has been withdrawn and their place released. The service will contact you about any refund.',
  calendarDecided:
    '{children}, from {from} to {to}. Booked: {booked} · waiting list: {waiting} · cancelled: {cancelled} · excused absences: {excused} · billed absences: {billed} · refused: {refused}.',
  calendarPlaceBooked: 'A place has become free: {child} is booked on {date} ({unit}).',
} satisfies Record<keyof typeof fr, string>;

/** The service's e-mails in English. */
export default {
  week: 'W{week}',
  amount: '€{amount}',
  reason: '\n\nReason: {reason}',
  requests: {
    'parent-registration': 'registration request',
    'parent-change': 'change request',
    'child-change': 'change request',
    'camp-unsubscribe': 'withdrawal request',
    booking: 'booking request',
    'period-booking': 'booking over a period',
    'planning-copy': 'planning copy',
    absence: 'absence request',
  },
  accepted: {
    'parent-registration': 'You are registered: you can now register your child or children.',
    'parent-change': 'Your new details have been recorded.',
    'child-change': 'Your new details have been recorded.',
    'camp-unsubscribe': sentences.unsubscribed,
    booking: `${sentences.calendarDecided}{reason}`,
    'period-booking': `${sentences.calendarDecided}{reason}`,
    'planning-copy': `${sentences.calendarDecided}{reason}`,
    absence: `${sentences.calendarDecided}{reason}`,
  },
  mails: {
    registered: {
      subject: '{commune}: you are registered',
      body: 'Hello {firstName},\n\nYour registration on our parents’ portal is complete. You can now register your child or children.\n\n{service}\n{commune}\n',
    },
    'registration-received': {
      subject: '{commune}: registration request received',
      body: 'Hello {firstName},\n\n{service} has received your registration request. You will hear about the next steps by e-mail.\n\n{commune}\n',
    },
    'change-received': {
      subject: '{commune}: change request received',
      body: 'Hello {firstName},\n\n{service} has received your request to change your details. It will accept or refuse it; you will receive its answer by e-mail.\n',
    },
    'request-accepted': {
      subject: '{commune}: your {request} no. {number} has been accepted',
      body: 'Hello {firstName},\n\n{service} has dealt with your request no. {number}. {outcome}\n\n{commune}\n',
    },
    'request-refused': {
      subject: '{commune}: your {request} no. {number} has been refused',
      body: 'Hello {firstName},\n\n{service} has dealt with your request no. {number}. Your request has been refused.{reason}\n\n{commune}\n',
    },
    'place-offered': {
      subject: '{commune}: a place has become free',
      body: `Hello,\n\n${sentences.placeOffered}\n\n{service}\n`,
    },
    paid: {
      subject: '{commune}: payment received',
      body: 'Hello {firstName},\n\nWe have received your payment of {amount} for “{label}”. Your children’s places are confirmed.\n\n{service}\n',
    },
    'refund-due': {
      subject: '{commune}: payment to be refunded',
      body: 'Hello {firstName},\n\nYour payment of {amount} for “{label}” arrived when the item was no longer payable (deadline passed, item removed or already paid): we will refund it and contact you. You can enrol your children again while places remain.\n\n{service}\n',
    },
    expired: {
      subject: '{commune}: payment deadline passed',
      body: 'Hello,\n\nThe deadline to pay for “{label}” has passed: the places booked have been released. You can enrol your children again while places remain.\n\n{service}\n',
    },
    'calendar-place-booked': {
      subject: '{commune}: a place has become free',
      body: `Hello,\n\n${sentences.calendarPlaceBooked}\n\n{service}\n`,
    },
    'invoice-dispute-accepted': {
      subject: '{commune}: your dispute of invoice {invoice} has been accepted',
      body: 'Hello {firstName},\n\n{service} has dealt with your dispute no. {number} of invoice {invoice} and accepts it: it issues credit note {creditNote} for {amount}. It settles what was still owed on this invoice; anything you had already paid stays as credit on your account.\n\n{commune}\n',
    },
    'invoice-dispute-refused': {
      subject: '{commune}: your dispute of invoice {invoice} has been refused',
      body: 'Hello {firstName},\n\n{service} has dealt with your dispute no. {number} of invoice {invoice} and refuses it: the invoice remains due.{reason}\n\n{commune}\n',
    },
    'message-answered': {
      subject: '{commune}: new message on your family portal',
      body: 'Hello,\n\nYou have a new message from {service} on your family portal. Sign in to the portal to read it:\n{portalUrl}\n\nFor your security, this e-mail does not include the message itself.\n\n{commune}\n',
    },
  },
} satisfies MailTexts;
