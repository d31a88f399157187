import type { Boilerplate } from '../sync/records';

/**
 * The library a team starts from until a manager sets its own: the three examples of the product
 * design first, then replies for each triage code and the classifier's common categories.
 *
 * How they are written: a person talking (first names, "I", a sign-off `^{agent}` as care teams
 * initial their replies), sorry said once and meant, one clear next step, and anything personal
 * (order numbers, emails, card or account details) moved to a DM, never asked for in public. Red
 * posts are mostly removed or reported, not answered; the Red replies here are for the ones a
 * team does answer: a customer who posted their own card or password, someone a scammer targets,
 * a heated post to take private. Replies longer than fits on X with a link carry a short variant.
 * Categories use the classifier's names (lib/classify/rules.ts); `networks` empty is every network.
 */
function starter(number: number, template: Omit<Boilerplate, 'id' | 'networks' | 'updatedAt'>): Boilerplate {
  return { id: `cb5a0000-0000-4000-8000-${String(number).padStart(12, '0')}`, networks: [], updatedAt: 0, ...template };
}

export const STARTER_LIBRARY: readonly Boilerplate[] = [
  starter(1, {
    title: 'Point them to help',
    body: 'We hear your concerns and are committed to helping you find what you need: {link}',
    tags: ['help', 'concern', 'link'],
    codes: ['orange'],
    categories: ['complaint', 'question'],
  }),
  starter(2, {
    title: 'Ask for contact details by DM',
    body: 'Thanks for letting us know. Please DM us your contact details so we can help.',
    tags: ['dm', 'contact', 'details'],
    codes: ['yellow', 'orange'],
    categories: ['account', 'complaint'],
  }),
  starter(3, {
    title: 'Answer with a link',
    body: 'Thank you for your question. The answer is here: {link}',
    tags: ['faq', 'answer', 'link'],
    codes: ['orange'],
    categories: ['question'],
  }),
  starter(4, {
    title: 'Card details posted: delete and DM',
    body:
      "{name}, please delete your post as soon as you can: it shows your card details, and anyone can see it. Then send us a DM and we'll sort this out privately. If you think the card is at risk, your bank can freeze it. ^{agent}",
    shortBody: "{name}, please delete your post now: it shows your card details to everyone. Then DM us and we'll sort it out privately. ^{agent}",
    tags: ['card', 'card number', 'delete', 'privacy', 'bank'],
    codes: ['red'],
    categories: ['pii', 'billing'],
  }),
  starter(5, {
    title: 'Personal details posted: delete and DM',
    body:
      "Thanks for reaching out, {name}. For your safety, please delete the post with your phone number and personal details, as it's public. Send them to us by DM instead and we'll pick it up from there. ^{agent}",
    shortBody: "{name}, please delete the post with your phone number and details: it's public. Send them by DM and we'll take it from there. ^{agent}",
    tags: ['phone', 'address', 'email', 'privacy', 'delete'],
    codes: ['red', 'yellow'],
    categories: ['pii'],
  }),
  starter(6, {
    title: 'Password posted: delete and change it',
    body:
      "{name}, please delete that post straight away and change your password, since it's now public. Here's how: {link} Then DM us if anything on your account looks wrong and we'll check it with you. ^{agent}",
    shortBody: "{name}, please delete that post and change your password now: {link} Then DM us and we'll check your account with you. ^{agent}",
    tags: ['password', 'delete', 'reset', 'privacy'],
    codes: ['red', 'yellow'],
    categories: ['pii', 'security', 'account access'],
  }),
  starter(7, {
    title: "Scam warning: that account isn't us",
    body:
      "{name}, heads up: that account isn't us, and we'd never ask for your card or password in a DM. Please don't click their link. We've reported them. For real help, DM us here. ^{agent}",
    tags: ['scam', 'phishing', 'impersonation', 'fake account', 'fraud'],
    codes: ['red'],
    categories: ['spam', 'security'],
  }),
  starter(8, {
    title: 'Heated post: take it private',
    body: '{name}, I can see how angry you are, and I want to sort this out with you. Please DM us so someone senior can talk it through with you directly. ^{agent}',
    tags: ['escalation', 'angry', 'upset', 'manager', 'senior'],
    codes: ['red', 'orange'],
    categories: ['threat', 'abuse', 'complaint'],
  }),
  starter(9, {
    title: "Outage: we're on it",
    body:
      "You're not alone, {name}: something's wrong on our side and the team is working on it now. Live updates are here: {link} Sorry for the disruption; we'll post as soon as it's fixed.",
    shortBody: "You're not alone, {name}: something's wrong on our side and we're fixing it now. Live updates: {link}",
    tags: ['outage', 'down', 'not working', 'status', 'app', 'website', 'error'],
    codes: ['yellow', 'orange', 'red'],
    categories: ['outage'],
  }),
  starter(10, {
    title: 'Outage: fixed, check in',
    body: "Good news, {name}: the problem is fixed. If it's still not working for you, DM us what you see and we'll look at your account. Thanks for bearing with us. ^{agent}",
    tags: ['outage', 'fixed', 'resolved', 'working again', 'back up'],
    codes: ['yellow', 'orange'],
    categories: ['outage'],
  }),
  starter(11, {
    title: 'Charged twice or wrongly',
    body:
      "Sorry about that charge, {name}, it shouldn't have happened. DM us the email on your account and the date of the charge (no card numbers, please) and I'll look into it today. ^{agent}",
    tags: ['charge', 'charged twice', 'payment', 'bill', 'overcharged', 'card'],
    codes: ['yellow'],
    categories: ['billing'],
  }),
  starter(12, {
    title: "Where's my refund",
    body: "Waiting for a refund is frustrating, {name}. DM us your order number and I'll check exactly where it is and when you'll see it. ^{agent}",
    tags: ['refund', 'money back', 'return', 'reimbursement'],
    codes: ['yellow'],
    categories: ['billing', 'cancellation'],
  }),
  starter(13, {
    title: 'Order running late',
    body:
      "I'm sorry your order hasn't turned up yet, {name}. You can follow it here: {link} If it's stuck, or the tracking hasn't moved in two days, DM us your order number and I'll chase it with the courier for you. ^{agent}",
    shortBody: "Sorry your order hasn't arrived yet, {name}. Tracking: {link} If it's stuck, DM us your order number and I'll chase it. ^{agent}",
    tags: ['delivery', 'late', 'tracking', 'order', 'parcel', 'package', 'courier', 'shipping'],
    codes: ['yellow'],
    categories: ['delivery'],
  }),
  starter(14, {
    title: 'Damaged or wrong item',
    body: "That's not how it should have arrived, {name}, sorry. DM us your order number and a photo, and we'll send a replacement or a refund, whichever you prefer. ^{agent}",
    tags: ['damaged', 'broken', 'wrong item', 'missing', 'replacement', 'order'],
    codes: ['yellow', 'orange'],
    categories: ['delivery', 'complaint'],
  }),
  starter(15, {
    title: 'Locked out of the account',
    body:
      "Sorry you're locked out, {name}. You can reset your password here: {link} If that doesn't get you in, DM us the email on your account (never your password) and we'll get you back in. ^{agent}",
    shortBody: "Sorry you're locked out, {name}. Reset your password here: {link} Still stuck? DM us the email on your account (never the password). ^{agent}",
    tags: ['login', 'log in', 'locked out', 'sign in', 'password reset', 'verification code'],
    codes: ['yellow'],
    categories: ['account access'],
  }),
  starter(16, {
    title: 'Account hacked',
    body:
      "{name}, that sounds worrying, and we'll help you secure it. Change your password now if you still can: {link} Then DM us the email on the account and we'll go through recent activity with you. ^{agent}",
    shortBody: "{name}, let's secure your account. Change your password now if you can: {link} Then DM us the email on it and we'll check recent activity. ^{agent}",
    tags: ['hacked', 'compromised', 'suspicious', 'unauthorised', 'security'],
    codes: ['yellow', 'red'],
    categories: ['security', 'account access'],
  }),
  starter(17, {
    title: 'Cancelling a subscription',
    body: "Sorry to see you go, {name}. You can cancel any time here: {link} If something we did made you want to leave, I'd really like to hear it; our DMs are open. ^{agent}",
    tags: ['cancel', 'subscription', 'unsubscribe', 'close account', 'membership'],
    codes: ['yellow'],
    categories: ['cancellation'],
  }),
  starter(18, {
    title: 'Media inquiry',
    body: 'Thanks for getting in touch, {name}. Our press team handles media questions, interviews and statements: {link} They usually reply within one working day.',
    tags: ['press', 'media', 'journalist', 'reporter', 'interview', 'statement'],
    codes: ['yellow'],
    categories: ['media'],
  }),
  starter(19, {
    title: "Complaint: sorry, let's fix it",
    body: "{name}, I'm sorry, that's not the experience you should have had. Could you DM us a few details? I'd like to put it right. ^{agent}",
    tags: ['complaint', 'bad experience', 'disappointed', 'service', 'sorry'],
    codes: ['orange', 'yellow'],
    categories: ['complaint'],
  }),
  starter(20, {
    title: 'Case passed on, update by DM',
    body: "Thanks for your patience, {name}. I've passed your case ({ticket}) to the team who can fix this, and we'll update you by DM as soon as we hear back. ^{agent}",
    tags: ['ticket', 'case', 'follow up', 'update', 'waiting', 'escalated'],
    codes: ['orange', 'yellow'],
    categories: ['complaint', 'account'],
  }),
  starter(21, {
    title: "Question: I'll find out",
    body: "Good question, {name}. I don't want to guess, so I'm checking with the team and will come back to you here today. ^{agent}",
    tags: ['question', 'checking', 'find out'],
    codes: ['orange'],
    categories: ['question'],
  }),
  starter(22, {
    title: 'Thanks for the kind words',
    body: "Thank you, {name}! That's lovely to hear, and I'll share it with the team. ^{agent}",
    tags: ['thanks', 'thank you', 'praise', 'love', 'great'],
    codes: ['green'],
    categories: ['praise'],
  }),
  starter(23, {
    title: 'Praise for a team member',
    body: '{name}, thank you for taking the time to tell us. I\'ll make sure this reaches the person who helped you; it will make their day. 💙',
    tags: ['thanks', 'staff', 'helpful', 'shout out', 'great service'],
    codes: ['green'],
    categories: ['praise'],
  }),
  starter(24, {
    title: 'Change account details',
    body: "Happy to help with your account, {name}. DM us the email address it's under (no passwords, please) and tell us what you'd like to change. ^{agent}",
    tags: ['account', 'details', 'change', 'update', 'email', 'profile'],
    codes: ['yellow'],
    categories: ['account'],
  }),
  starter(25, {
    title: 'Idea or feature request',
    body: "Thanks for the idea, {name}. I've passed it to our product team; they read every suggestion, and this one's a good one. ^{agent}",
    tags: ['idea', 'feature request', 'suggestion', 'feedback'],
    codes: ['orange', 'green'],
    categories: ['question', 'praise'],
  }),
];
