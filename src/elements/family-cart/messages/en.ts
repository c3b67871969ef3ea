import type fr from './fr.js';

/** English messages of <family-cart>. */
export default {
  'cart.title': 'Cart',
  'cart.completing': 'Recording your payment…',
  'cart.empty': 'Your cart is empty.',
  'cart.article.one': 'Camp booking for request no. {numbers}',
  'cart.article.other': 'Camp booking for requests no. {numbers}',
  'cart.amount': 'Amount: {amount}',
  'cart.total': 'Total: {amount}',
  'cart.deadline': 'To pay before {date} at {time}.',
  'cart.timeLeft': 'You have {time} left.',
  'cart.timeLeft.both': '{days} and {hours}',
  'cart.timeLeft.underHour': 'You have less than an hour left.',
  'cart.timeLeft.over': 'The payment deadline has passed.',
  'cart.pay': 'Pay',
  'cart.pay.hint': '“Pay” takes you to an online payment platform.',
  'cart.note':
    'If payment is not received before the deadline, your children’s places are released automatically, your requests are cancelled and you are told by e-mail.',
  'cart.remove': 'Remove my item from the cart and release the places',
  'cart.remove.question': 'Remove this item from the cart?',
  'cart.remove.warning':
    'Your requests will be cancelled and the places booked for your children released for other families.',
  'cart.remove.confirm': 'Yes, remove it and release the places',
  'cart.remove.keep': 'No, keep my item',
  'cart.removed': 'Your item was removed from the cart: your requests are cancelled and the places released.',
  'cart.expired':
    'The payment deadline has passed: the places were released and your requests cancelled. An e-mail was sent to you.',
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

  'cart.breakdown': 'Price details',
} satisfies Record<keyof typeof fr, string>;
