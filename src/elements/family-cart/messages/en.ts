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
  'cart.expired':
    'The payment deadline has passed: the places were released and your requests cancelled. An e-mail was sent to you.',

  'cart.breakdown': 'Price details',
} satisfies Record<keyof typeof fr, string>;
