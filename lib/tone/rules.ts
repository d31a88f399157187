import type { ToneRule } from './types';

/** Every built-in rule, in the order the options page lists them. */
export const TONE_RULES: readonly ToneRule[] = [
  { id: 'condescending', name: 'Condescending words', description: 'Words like "obviously", "simply" or "calm down" that talk down to the customer.' },
  { id: 'blaming', name: 'Arguing or blaming', description: 'Telling the customer they are wrong or it is their fault, in public.' },
  { id: 'robotic', name: 'Robotic phrasing', description: 'Stock phrases like "we apologize for any inconvenience", with a human rewrite.' },
  { id: 'levity', name: 'Jokes with upset customers', description: 'A smiley, emoji or "lol" in a reply to an upset customer; fine under praise.' },
  { id: 'personal-data', name: 'Personal data in public', description: 'Asking for or repeating card numbers, passwords, SSNs or addresses in public instead of a DM.' },
  { id: 'no-empathy', name: 'No acknowledgement', description: 'A reply to a complaint that never acknowledges the problem or says sorry.' },
  { id: 'shouting', name: 'Shouting in capitals', description: 'Runs of words in capitals (acronyms like DM or FAQ are fine).' },
  { id: 'exclamations', name: 'Piles of exclamation marks', description: 'Two or more exclamation marks in a row.' },
  { id: 'reading-level', name: 'Hard to read', description: "Long sentences and long words above the team's reading grade." },
  { id: 'too-long', name: 'Too long for the network', description: "Over the network's limit, counted the way the network counts (links are 23 on X)." },
  { id: 'team-avoid', name: "Team's phrases to avoid", description: 'Phrases the team decided not to use, with their replacements.' },
  { id: 'sign-off', name: 'Missing sign-off', description: "The team's required sign-off is not in the reply." },
  { id: 'voice', name: 'Brand voice', description: 'Stiff phrases in a casual voice, or slang in a formal one.' },
];
