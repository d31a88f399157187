import type { Intent } from '../types';

/**
 * One rule per intent, matched on normalised text (lower case, straight apostrophes, no links,
 * no @handles). `unless` spans are blanked before `pattern` runs: that is the cheap negation and
 * idiom handling, so "thanks for nothing" is no praise while "thanks for nothing… just kidding,
 * thank you!" still is.
 */
export interface IntentRule {
  intent: Intent;
  reason: string;
  pattern: RegExp;
  /**
   * Words at least one of which is in every text `pattern` matches, space-separated: `kill*` for
   * any word that starts with "kill", `me` for the word "me" alone (a word being a run of `\w`
   * characters, as `\b` sees it), and a symbol like `?` for that character anywhere. Most posts
   * have none of a rule's words, and a scan for them all at once is far cheaper than the pattern:
   * `findIntents` runs a pattern only when one of its words is there. A missing word silently
   * loses matches, so each alternative of `pattern` needs one (intent-triggers.test.ts checks).
   */
  triggers: string;
  /** `pattern` is global, so every occurrence is blanked; `triggers` as above, for it. */
  unless?: { pattern: RegExp; triggers: string };
}

/** Alternatives joined into one non-capturing group between word boundaries. */
function words(...alternatives: string[]): RegExp {
  return new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'u');
}

/** Like `words`, global, for blanking every occurrence. */
function phrases(...alternatives: string[]): RegExp {
  return new RegExp(words(...alternatives).source, 'gu');
}

const NEG = String.raw`(?:can't|cant|cannot|can not|unable to|couldn't|couldnt|won't let me|wont let me|not able to|trouble|problems?)`;
const I_WILL = String.raw`(?:i|we)(?:'ll| will|'m going to| am going to|'m gonna| am gonna| gonna| wanna| want to)`;
const VIOLENCE = String.raw`(?:kill|murder|shoot|stab|hurt|beat up|punch|strangle|bomb|blow up|burn down|torch|attack|find you|hunt you down|come for you)`;

export const RULES: readonly IntentRule[] = [
  {
    intent: 'threat',
    reason: 'threat of violence',
    triggers: 'kill* murder* shoot* stab* hurt* beat* punch* strangle* bomb* blow* burn* torch* attack* find* hunt* come* die* live watch dead death',
    pattern: words(
      String.raw`${I_WILL} (?:\w+ )?${VIOLENCE}`,
      String.raw`(?:kill|murder|shoot|stab) (?:you|u|him|her|them|everyone|all of you|your \w+|the (?:ceo|staff|manager|pilot|driver)|someone|somebody|people)`,
      String.raw`bomb (?:threat|your|ur|this|the)`,
      String.raw`(?:plant(?:ed|ing)?|there's a|there is a|have a|got a) bomb`,
      String.raw`blow (?:up )?(?:your|ur|the|this) (?:\w+ )?(?:office|store|building|headquarters|hq|place|plane|airport|station)`,
      String.raw`blow (?:you|u|them) up`,
      String.raw`shoot(?:ing)? up (?:the|your|ur|this|a) \w+`,
      String.raw`burn (?:it|this|that|your|ur|the) (?:\w+ )?down`,
      String.raw`(?:hope|wish) (?:you|u|they|he|she) (?:all )?(?:die|dies|get killed|burn)`,
      String.raw`know where you live`,
      String.raw`watch your back`,
      String.raw`you(?:'re| are) dead`,
      String.raw`death threats?`,
    ),
    // Idioms and friendly uses of violent verbs.
    unless: {
      pattern: phrases(
        String.raw`kill(?:ing|ed|s)? (?:it|time|me|myself|two birds|the (?:vibe|mood|battery|game))`,
        String.raw`(?:'d|would|could) kill for`,
        String.raw`shoot (?:you|u|me|us|them|him|her) (?:a|an) \w+`,
        String.raw`(?:bath|photo|f|da|the|sex|calorie|flavou?r|truth) ?-?bombs?`,
      ),
      // "photobomb" and "fbomb" are one word.
      triggers: 'kill* shoot* bomb* bathbomb* photobomb* fbomb* dabomb* thebomb* sexbomb* caloriebomb* flavorbomb* flavourbomb* truthbomb*',
    },
  },
  {
    intent: 'security',
    reason: 'account security',
    triggers: 'hack* phish* scam* fraud* compromised identity stolen unauthori* someone somebody suspicious fake impersonat* breach* spoof* malware',
    pattern: words(
      String.raw`hack(?:ed|er|ers|ing)?`,
      String.raw`phish\w*`,
      String.raw`scam\w*`,
      String.raw`fraud\w*`,
      'compromised',
      'identity theft',
      String.raw`stolen (?:identity|card|account|credentials|data|details)`,
      String.raw`unauthori[sz]ed (?:\w+ )?(?:charges?|access|log ?ins?|transactions?|purchases?|payments?|activity|use)`,
      String.raw`(?:someone|somebody) (?:\w+ )?(?:logged|got|gotten|broke|hacked|accessed|used|changed|is using) (?:into |in to |in )?(?:my|our)`,
      String.raw`suspicious (?:\w+ )?(?:emails?|texts?|sms|calls?|links?|log ?ins?|activity|charges?|messages?|transactions?)`,
      String.raw`fake (?:accounts?|pages?|profiles?|emails?|websites?|sites?|texts?|calls?|support|customer service)`,
      String.raw`impersonat\w*`,
      String.raw`(?:data )?breach(?:ed)?`,
      String.raw`spoof\w*`,
      'malware',
    ),
  },
  {
    intent: 'access',
    reason: 'cannot get into the account',
    triggers: 'log* sign* access* get locked suspended disabled blocked deactivated frozen restricted 2fa mfa factor step code password passcode otp forgot* reset* recover* restor* retriev* remember lost',
    pattern: words(
      String.raw`${NEG} (?:\w+ )?(?:log ?in(?:to)?|sign ?in(?:to)?|log on|access|get into|get in to|get back into)`,
      'locked out',
      String.raw`(?:account|acct) (?:is |was |got |has been |been )?(?:locked|suspended|disabled|blocked|deactivated|frozen|restricted)`,
      String.raw`2fa|mfa|two[- ]factor|(?:two|2)[- ]step|verification code|one[- ]time (?:code|password|passcode)|otp|auth(?:entication|enticator)? code`,
      String.raw`(?:forgot|forgotten|reset|resetting|recover|recovering|restore|restoring|retrieve|retrieving|remember|lost) (?:my |the |a )?(?:\w+ ){0,3}(?:password|passcode|pass|pwd|pw|username|login|pin|pin code|access key)`,
      String.raw`password (?:reset|recovery)`,
      String.raw`(?:login|log in|sign in|password) (?:is |isn't |isnt |not |keeps )?(?:not )?(?:working|failing|broken|rejected)`,
      String.raw`(?:login|log ?in|sign ?in) (?:error|issue|problem|page)`,
    ),
  },
  {
    intent: 'outage',
    reason: 'mentions an outage',
    triggers: 'outage* down me else offline crash* broken unavailable working loading responding work load connect service signal internet connection power wifi error 50*',
    pattern: words(
      String.raw`outages?`,
      String.raw`(?:is|are) (?:\w+ )?down(?! (?:the|to|a|from|with|for (?:my|the)|payment))`,
      String.raw`down (?:again|for (?:everyone|anyone|me|hours)|right now|today|all day)`,
      String.raw`is (?:it|this) (?:just )?me`,
      String.raw`(?:anyone|everyone|anybody|everybody) else`,
      String.raw`(?:site|website|app|server|service|system|network|internet|wifi|wi-fi|portal|platform|page)s? (?:is |are |keeps |still |went |has been )?(?:down|offline|crashing|crashed|broken|unavailable|not (?:working|loading|responding))`,
      String.raw`(?:not|isn't|isnt|aren't|arent|stopped|keeps not) (?:working|loading|responding)`,
      String.raw`(?:doesn't|doesnt|won't|wont|can't|cant) (?:work|load|connect)`,
      String.raw`no (?:service|signal|internet|connection|power|wifi)`,
      String.raw`error (?:5\d\d|code)|50[234]`,
      String.raw`crash(?:ed|es|ing)?`,
    ),
  },
  {
    intent: 'cancellation',
    reason: 'wants to cancel',
    triggers: 'cancel* unsubscrib* opt* clos* delet* deactivat* terminat* remov* end quit account early exit withdrawal',
    pattern: words(
      String.raw`cancel(?:l?ing|l?ations?|s)?`,
      String.raw`unsubscrib\w*`,
      String.raw`opt(?:ing)? out`,
      String.raw`(?:clos|delet|deactivat|terminat|remov)(?:e|ed|ing) (?:my|our|the|a|an) (?:\w+ )?(?:account|subscription|membership|contract|plan|service|profile)`,
      String.raw`(?:end|quit) (?:my|our) (?:\w+ )?(?:account|subscription|membership|contract|plan|service)`,
      String.raw`account (?:removals?|deletions?|terminations?|closures?|closing)`,
      String.raw`(?:removal|deletion|termination|closure) of (?:my|our|the|a|an) (?:\w+ )?account`,
      String.raw`(?:termination|early exit|exit|withdrawal) (?:fees?|charges?|penalt(?:y|ies))`,
    ),
  },
  {
    intent: 'cancellation',
    reason: 'about a cancellation',
    triggers: 'cancel*',
    pattern: words(String.raw`cancell?ed`),
  },
  {
    intent: 'billing',
    reason: 'about billing or a charge',
    triggers: 'charg* overcharg* doublecharg* refund* invoice* bill* pay* paid fee fees receipt* money reimburs* debited deducted prorat* penalt* rebat* compensat* restitution venmo klarna afterpay pric* card transaction*',
    pattern: words(
      String.raw`(?:over|double[- ]?|twice )charg\w*`,
      String.raw`charged|charges`,
      String.raw`charg(?:e|ing) (?:me|us|my|twice|for)`,
      String.raw`refund\w*`,
      String.raw`invoice\w*`,
      String.raw`bill(?:s|ed|ing)?`,
      String.raw`payments?|pay|paid|paying`,
      String.raw`fees?|receipts?|money back|reimburs\w*|chargebacks?|debited|deducted|prorat\w*|penalt(?:y|ies)|rebat\w*|compensat\w*|restitution`,
      'paypal|venmo|apple pay|google pay|klarna|afterpay',
      String.raw`(?:termination|exit|withdrawal|cancellation|late|extra|hidden|service) charge`,
      String.raw`pric(?:e|es|ing)|(?:credit|debit) card|transactions?`,
    ),
    unless: {
      pattern: phrases(String.raw`pay(?:ing)? attention`, String.raw`(?:you'll|you will|they'll|they will) pay`),
      triggers: 'attention pay',
    },
  },
  {
    intent: 'delivery',
    reason: 'about a delivery',
    triggers: 'package* parcel* deliver* ship* tracking courier dispatch* transit postman mailman ups fedex usps dhl royal evri hermes arrived arrive received come shown turned lost missing delayed damaged mishandled claim order purchase stuff status when how expect eta estimated',
    pattern: words(
      String.raw`packages?|parcels?|deliver\w*|shipping|shipments?|shipped|tracking|courier|dispatch\w*|in transit|postman|mailman`,
      'ups|fedex|usps|dhl|royal mail|evri|hermes',
      String.raw`(?:hasn't|hasnt|has not|haven't|havent|have not|never|not|still not|didn't|didnt|did not) (?:yet )?(?:arrived|arrive|received|come|shown up|turned up)`,
      String.raw`(?:lost|missing|delayed|damaged|mishandled) (?:\w+ )?(?:luggage|bags?|baggage|suitcases?|packages?|parcels?|items?)`,
      String.raw`(?:luggage|baggage|suitcases?|(?:my|our) bags?) (?:(?:is|was|are|were|has|have|been|still|now) )*(?:lost|missing|delayed|damaged)`,
      'baggage claim',
      String.raw`(?:where is|where's|wheres|track|locate) (?:my |the |a )?(?:order|purchase|package|parcel|stuff|delivery|shipment)`,
      String.raw`(?:order|purchase|shipment) (?:\d+ )?(?:current )?status|status of (?:my |the |a )?(?:order|purchase|shipment)`,
      String.raw`(?:when|how soon|how long)\b.{0,40}\b(?:arrive|arriving|get here|come)|expect (?:my|the|a|an|this) (?:\w+ )?(?:order|purchase|item|product|article|package|parcel)`,
      String.raw`(?:ship|ships|shipping|deliver|delivers|deliveries) to`,
      String.raw`eta|estimated (?:arrival|delivery)`,
    ),
  },
  {
    intent: 'praise',
    reason: 'praise',
    triggers: 'thank* thx tysm ty grateful kudos shout* props hats done appreciate* great excellent fantastic amazing awesome brilliant outstanding superb wonderful impressed best lov* rock stars highly ❤ ♥ 💕 💖 😍 🥰',
    pattern: new RegExp(
      words(
        'thank you|thanks|thankyou|thx|tysm|ty|grateful|kudos|shout ?out|props to|hats off|well done',
        String.raw`appreciate(?:d)?`,
        String.raw`great (?:job|service|work|support|experience|team|help)`,
        'excellent|fantastic|amazing|awesome|brilliant|outstanding|superb|wonderful|impressed',
        String.raw`best (?:service|support|airline|company|team|customer service|experience)`,
        String.raw`lov(?:e|ed|ing) (?:you|it|this|the|my|your|how|that|ur)`,
        String.raw`you (?:guys )?rock|you're the best|5 stars|five stars|highly recommend`,
      ).source + String.raw`|[❤♥💕💖😍🥰]`,
      'u',
    ),
    unless: {
      pattern: phrases(
        String.raw`thanks? (?:you )?for nothing`,
        'no thanks?',
        String.raw`thanks? (?:you )?in advance`,
        String.raw`thanks,? but`,
        String.raw`not (?:so |very |that |exactly |really )?(?:great|amazing|awesome|excellent|impressed|brilliant)`,
        String.raw`(?:would|'d|don't|dont|do not) love`,
      ),
      triggers: 'thank* not love',
    },
  },
  {
    intent: 'media',
    reason: 'press or media inquiry',
    triggers: 'reporter journalist editor producer correspondent story piece segment report feature podcast documentary readers viewers listeners comment request press media deadline interview writing statement',
    pattern: words(
      String.raw`(?:i'm|i am|im) (?:a |an )?(?:\w+ )?(?:reporter|journalist|editor|producer|correspondent)`,
      String.raw`(?:reporter|journalist|editor|producer) (?:at|with|for|from)`,
      String.raw`for (?:a|an|our) (?:story|piece|segment|report|feature|podcast|documentary)`,
      String.raw`for my (?:story|piece|segment|report|podcast|documentary|readers|viewers|listeners)`,
      String.raw`comment for (?:a|an|my|our|the) (?:story|article|piece|report|segment|feature|newspaper|paper|outlet|publication)`,
      String.raw`request for comment|(?:any|a) comment on (?:the|this|your|reports?)`,
      String.raw`(?:press|media) (?:inquiry|inquiries|enquiry|enquiries|request|contact|office|team|query)`,
      'on deadline|interview request',
      String.raw`writing (?:a|an) (?:story|article|piece)`,
      String.raw`statement for (?:a|an|my|our|the)`,
    ),
  },
  {
    intent: 'account',
    reason: 'about a specific order or account',
    triggers: 'my order* case* ticket* ref* booking* confirmation* tracking* claim* incident* account* invoice* purchase* reservation*',
    pattern: words(
      String.raw`my (?:order|orders|account|acct|refund|booking|reservation|subscription|package|parcel|delivery|shipment|bill|invoice|payment|card|plan|ticket|flight|claim|case|site|website|app|profile|membership|points|item|purchase|return|bag|bags|luggage|baggage|internet|service|line|contract|policy|loan|wifi|router|data|money)`,
      String.raw`(?:order|case|ticket|ref|reference|booking|confirmation|tracking|claim|incident|account|invoice) ?(?:number|no\.?|num|nr|id|#)`,
      String.raw`(?:order|purchase|case|ticket|ref|booking|claim|invoice|reservation) ?:? ?#? ?[a-z]{0,3}\d{4,}`,
    ),
  },
  {
    intent: 'question',
    reason: 'asks a question',
    triggers: '? ¿ how where when why which what can could would will do does is are anyone any wondering question',
    pattern: new RegExp(
      // A sentence opening like a question counts even without '?', tweets often drop it; "what a…" is an exclamation.
      String.raw`[?¿]|(?:^|[.!\n])\s*(?:how|where|when|why|which|what(?! an?\b))\b|` +
        String.raw`(?:^|[.!\n])\s*(?:can|could) (?:i|we|u|you|someone|anyone|somebody)\b|` +
        String.raw`(?:^|[.!\n])\s*(?:do|does|will|is|are) (?:you|u|it|there|anyone|anybody)\b|` +
        words(
          String.raw`how (?:do|can|should|would) (?:i|we|you)|how to|how long|how come`,
          String.raw`(?:can|could|would|will) (?:you|u)`,
          String.raw`why (?:is|are|was|does|do|did|can't|cant|won't|wont|isn't|isnt|hasn't|hasnt|would|has|have)`,
          String.raw`(?:when|where) (?:is|are|will|does|do|can|should|did)`,
          String.raw`where's|when's|what's the|what is the|is there (?:a|any)|are there any`,
          String.raw`does anyone|anyone know|any (?:update|news|idea)s?|i was wondering|wondering (?:if|why|when|how)|(?:a|quick) question`,
        ).source,
      'u',
    ),
    unless: {
      pattern: phrases(String.raw`not (?:a|really a) question`, 'no question'),
      triggers: 'question',
    },
  },
];
