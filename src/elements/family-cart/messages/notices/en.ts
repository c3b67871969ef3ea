import type fr from './fr.js';

/** English messages of <family-cart>'s notices and removal question. */
export default {
  'cart.remove.question': 'Remove this item from the cart?',
  'cart.remove.warning':
    'Your requests will be cancelled and the places booked for your children released for other families.',
  'cart.remove.confirm': 'Yes, remove it and release the places',
  'cart.remove.keep': 'No, keep my item',
  'cart.removed': 'Your item was removed from the cart: your requests are cancelled and the places released.',
  'cart.paid.title': 'Paid',
  'cart.paid.amount': 'Amount paid: {amount}',
  'cart.paid.places': 'Your children’s places are confirmed.',
  'cart.paid.email': 'A summary was sent to you by e-mail at {email}.',
  'cart.paid.emailSent': 'A summary was sent to you by e-mail.',
  'cart.refused':
    'Your bank refused the payment: nothing was charged. Your places stay booked until {date} at {time}: you can try to pay again.',
  'cart.cancelled':
    'You cancelled the payment: nothing was charged. Your places stay booked until {date} at {time}.',
  'cart.return.unverified':
    'The payment platform’s answer could not be verified: no payment was recorded. If your account was charged, contact the service.',
  'cart.return.unknown': 'This payment could not be found: no payment was recorded.',
} satisfies Record<keyof typeof fr, string>;
