// Word lists the rules and the classifier's features share. Verbs are base forms (compromise's roots); phrases are
// matched on cleaned, lower-case speech (contractions spelled out: "can not", "we will", "that is").

/**
 * "Janelle, the volunteer coordinator at the shelter, (said)": a name with its role set off by commas, the name in
 * group 1. Read by the rules (a promise relayed from this person) and by "who" (the person named).
 */
export const NAME_THEN_ROLE = String.raw`\b([a-z][a-z'-]+), (?:the|his|her|their|our) [a-z' -]+,\s*`;

/**
 * "asked me to tell you", "wanted me to let you know that", "asked me to pass along that", "asked me to tell
 * everybody": a promise passed on for someone who is not there, before "she'll" or "he'll". Read by the combined
 * method (such a promise stays one) and by "who" (the one named before it).
 */
export const PASSED_ON_TO_YOU = String.raw`(?:asked|wanted) me to (?:(?:tell|let) (?:you|everybody|everyone|the team|you all|y'all|you guys)(?: know)?|pass (?:along|on)(?: to you)?),?(?: that)?`;

/** Things done for someone after the meeting: sending, calling, setting up, writing. */
export const ACTION_VERBS = new Set([
  'send',
  // ("Show" at the table is IN_MEETING's "show you"; "show you around" is a visit, later.)
  'show',
  'resend',
  'email',
  'e-mail',
  'mail',
  'call',
  'text',
  'give',
  'get',
  'bring',
  'drop off',
  'drop',
  'forward',
  'share',
  'provide',
  'fax',
  'print',
  'copy',
  'post',
  'upload',
  'return',
  'have',
  'schedule',
  'set up',
  'set',
  'arrange',
  'book',
  'invite',
  'reach out',
  'contact',
  'talk',
  'meet',
  'train',
  'observe',
  'collect',
  'run',
  'test',
  'evaluate',
  'assess',
  'update',
  'write',
  'write up',
  'type up',
  'type',
  'fill out',
  'fill',
  'sign',
  'complete',
  'finish',
  'draft',
  'prepare',
  'make',
  'make sure',
  'create',
  'put together',
  'put',
  'pull together',
  'start',
  'implement',
  'monitor',
  'track',
  'initial',
  'connect',
  'help',
  'go over',
  'review',
  'look over',
  'attach',
  'request',
  'submit',
  'order',
  'check in',
  'follow up',
  'let',
  'tell',
  'notify',
  'inform',
  'remind',
  'translate',
  'cover',
  'pick up',
  'introduce',
  'teach',
  'do',
  'add',
  'include',
  'resend',
  'go through',
  'sit down',
  'come',
  'visit',
  'pull',
  'proctor',
  'supervise',
  'walk',
  'practice',
  'model',
  'fix',
  'sort out',
  'straighten out',
  'correct',
  // "She said she'd go back and flag his tardies as medical": marking a record in the office.
  'flag',
]);

/** Finding something out: "I'll check", "let me ask", "I'll look into it", "I'll get back to you". */
export const CHECK_VERBS = new Set([
  'check',
  'find out',
  'find',
  'look into',
  'look',
  'ask',
  'confirm',
  'verify',
  'figure out',
  'research',
  'see',
  'double check',
  'double-check',
  'get back',
  'dig into',
  'investigate',
  'talk',
  'think',
  'look up',
]);

/** Changing the plan: "we'll add", "we can put that in", "let's write it in". */
export const PLAN_VERBS = new Set([
  'add',
  'include',
  'put',
  'write',
  'build',
  'change',
  'increase',
  'move',
  'keep',
  'continue',
  'give',
  'allow',
  'do',
  'use',
  'fit',
  'offer',
  'provide',
  'reduce',
  'switch',
  'chunk',
  'postpone',
  'print',
  'have',
  'cap',
  'limit',
  'shorten',
  'modify',
  'extend',
  'excuse',
  'spell out',
  'specify',
]);

/** Verbs that carry a promise on their own ("we will send"); with "we", other verbs ("we will do", "we will go
 * through") usually describe the meeting or the school's routine, not an errand. */
export const ERRAND_VERBS = new Set([
  'send',
  'resend',
  'email',
  'e-mail',
  'mail',
  'call',
  'text',
  'give',
  'bring',
  'drop off',
  'forward',
  'fax',
  'schedule',
  'set up',
  'arrange',
  'book',
  'invite',
  'contact',
  'reach out',
  'train',
  'update',
  'write up',
  'type up',
  'fill out',
  'sign',
  'complete',
  'draft',
  'prepare',
  'make sure',
  'put together',
  'pull together',
  'check in',
  'follow up',
  'get back',
  'notify',
  'inform',
  'remind',
  'translate',
  'print',
  'copy',
  'request',
  'submit',
  'order',
  'observe',
  'evaluate',
  'assess',
  'connect',
  'initial',
  'return',
  'share',
  'provide',
  'post',
  'upload',
  'find out',
  'look into',
  'ask',
  'check',
  'confirm',
]);

/** Words of a plan: a change that lands here is an agreement, not an errand. */
export const PLAN_WORDS =
  /\b(?:(?<!\bmy )plan(?! (?:time|period|hour)\b)|bip|behavior plan|iep|504|accommodations?|goals?|minutes|services?|supports?|para|aide|intervention|group|schedule|testing|tests?|quizzes|extended time|extensions?|seating|break cards?|headphones|check[- ]?ins?|captioning|captioned|modified|counseling|in there|in the plan|into the plan|to the plan|write that|put that)\b/;

/** Said anywhere in a sentence, these put what was just said into the plan ("..., if you want that in there"). */
export const INTO_THE_PLAN =
  /\b(?:(?:in|into|to|on) (?:the|his|her|their) (?:plan|iep|bip|504(?: plan)?|behavior plan|accommodations)\b|(?:in|into|to|on) (?:the|his|her|their) (?:transition (?:plan|services?|goals?|page|section)|(?:accommodations?|services?|goals?|supports?) (?:page|section|list|line|grid))\b|in there|in the plan|into the plan|to the plan|in (?:his|her|their) plan|on the plan|in(?:to)? the (?:iep|bip|behavior plan|504(?: plan)?)|on the iep|in (?:his|her|their) (?:iep|bip|504)|to (?:his|her|the) accommodations|as an accommodation|(?:write|put) (?:that|it|this) in(?=\s*(?:[,.!?;]|$|too\b|as well\b|for (?:him|her|them)\b)))/;

/**
 * Saying what the meeting is and what it is for ("So this is her annual review", "we're here today to amend his
 * IEP", "today is mostly about the transition plan"): the agenda read out, not a decision, a promise or a no.
 */
export const MEETING_FRAMING =
  /\b(?:this is (?:(?:an?|the|our|his|her|their|[a-z]+'s) )?(?:[a-z0-9-]+ ){0,2}(?:annual|initial|amendment|eligibility|transition|manifestation|review|reevaluation|re-evaluation|504|iep)\b|we(?: are|'re) (?:all )?(?:here|meeting|together) (?:today )?to\b|the purpose of (?:today|this meeting)|today(?:'s meeting| is| we are| we're)? (?:is )?(?:just |mostly |really )?(?:about|for|writing|reviewing|going over)\b|that is the next part|that's the next part|on (?:the|our|today's) agenda|we are not (?:doing|writing|going to do|going to write) (?:the |an? |his |her )?(?:whole |full |new )?(?:iep|504|plan)(?: itself)? (?:today|yet)|\blet us (?:do|start with|take|go over|cover|finish) [^.?!]{1,40}\b(?:now|first)\b[^.?!]{0,10}\band (?:then )?come back to\b)/;

/**
 * Verbs done right there in the meeting, and verbs that promise nothing ("I will say", "I'll be honest"); a
 * facilitator's parking lot too ("I'll put that on the parking lot", "I'm going to hold that one for item three").
 */
export const IN_MEETING =
  /\bi will let (?!you\b)(?:(?:mr|mrs|ms|dr)\.? )?[a-z]+(?=,|\W*$| (?:answer|take|explain|speak|talk|tell|jump|handle|cover|field)\b)|\b(?:be interpreting|relay everything|(?:be )?taking (?:a lot of |some )?notes|share (?:my|the|your) screen|stop sharing|pull (?:up|it up|that up)|scroll|read (?:\w+ ){0,4}(?:out loud|aloud)|pass (?:around|out|this|it)|turn (?:it|this|that) (?:up|down|over)|take (?:a|five|ten|a quick) (?:minute|break|second|look)|start with|move on|get started|go around|jump in|write that down|make a note|note that|give you a (?:paper )?copy (?:now|right now)|show you(?! around)|read (?:it|this|that|them|those)(?: [a-z]+)?(?: off| out| through)? to (?:you|everyone|everybody|the team)|walk (?:you|us|everyone) through|right (?:on|in|here on) (?:the|this|your) (?:sheet|form|page|draft|paper|handout)|(?:get|finish) (?:the|this) (?:plan|meeting|draft|agenda|iep|504) (?:finished|done|wrapped up)|look at (?:the|this|that|his|her) (?:page|draft|screen|goals|section)|(?:right now )?before (?:you|y'all|everyone|everybody) (?:leave|go|head out)(?: today| here)?\b(?! (?:for|on|to)\b)|keep (?:it|this|things|us) (?:quick|short|brief|moving)|keep (?:moving|going)|(?:move|go|turn|skip|jump|get|come|flip) (?:on |back |over |ahead )?to (?:the |our |his |her |this )?(?:[\w-]+ ){0,2}(?:page|section|slide|part|piece|form|box|agenda)|(?:have|need|get) (?:you|everyone|everybody|y'all) (?:to )?sign|on (?:your|the) way out|(?:let us|we will|we can) (?:do|finish|go over|look at) (?:the )?(?:[\w-]+ ){0,2}(?:page|section|slide)s?(?: and then signatures)?|(?:let me|let us|i want to|i need to|we need to) (?:just )?(?:make sure (?:i|we) )?get (?:the |your |some |a few |a )?(?:signatures?|signature page|paperwork done|consent signed)|do introductions|(?:i will|i am going to) be serving as|walk (?:you|her|him|them) out|give (?:you|everyone|everybody|y'all) (?:the|a|an) (?:quick |brief )?(?:big picture|overview|rundown|run-down|snapshot)|(?:i will|let me) get to (?:that|it|this|your question)\b(?! by\b)|make sure (?:we|i) (?:hit|cover|touch on|get to|go over) (?:all|every|each|the)|share what (?:he|she|they|[a-z]+) (?:said|told (?:me|us)|wrote|shared)|note (?:our|your|the|his|her|their|my) disagreement|(?:i will|let me) (?:just )?back up|stop (?:the )?recording|pull (?:the|this|that|his|her|our) (?:[\w-]+ ){1,2}up (?:on|onto) (?:the|my|your) screen\b|take (?:the )?notes(?: today| for us)?\W*$|let (?:you|her|him|them|everyone|everybody|y'all) (?:talk|speak|finish)\b|get (?:everyone(?:'s| is)|everybody(?:'s| is)|your) signatures?\b|(?:walk|go|take) (?:us |you |everyone |everybody )?through what happened|get through (?:the|these|those) (?:signature|signatures|pages?|rest|paperwork|goals|forms))\b|\b(?:i will|i am going to|let me) (?:just )?(?:add|say|mention)(?: this| one (?:more )?thing)?\s*(?:--|:)|\brelay (?:what|everything) (?:she|he|they|mom|dad|you) (?:says|said|say)\b|\bstart (?:us|things|the meeting|everyone|everybody) off\b|\bkick (?:us|things|it) off\b|\bgo through (?:the )?present levels\b|\bi will go (?:fast|quick|quickly|slow|slowly|slower)\b|\bwalk through (?:it|that|this|(?:the|that|this|these|those|each) (?:[\w-]+ ){0,2}(?:part|section|page|piece|goals?|draft|form|sheet|document)s?)\b(?! with\b)|\bgive (?:you|everyone|everybody|y'all) the (?:good|bad|hard) news\b|\blet (?:you|her|him|them) (?:kind of |sort of )?(?:drive|lead|run) (?:this|it|things|the meeting)\b|\btake (?:those|these|them) (?:in order|one at a time|one by one)\b|\b(?:have|need) to run\b(?! (?:it|that|this|the|a|an)\b)|\bbe checking (?:things|it|that|them|everything) against\b|\bread (?:it|this|that|them|everything) back\b|\bgo (?:rescue|relieve) (?:my|the|our) (?:sub|class|kids|students|room)\b|\bhere,? (?:i will|let me) write (?:it|that|this) down\b|\bmark (?:you|her|him|them) (?:as|down as) (?:participating|present|attending|here)\b|^(?:(?:so|okay|um|yeah),?\s+)*i will take (?:this|that) one\b(?! (?:home|back|with|to)\b)|\b(?:i will|let me) (?:go on |just )?(?:mute|unmute)\b|\bon(?:to)? the parking lot\b|\bhold (?:on to )?(?:that|this) one\b/;

/** Saying a change is fine: "I think that's appropriate", "that's reasonable", "that's a good idea". */
export const APPROVAL =
  /\b(?:that|this|it) (?:is|sounds|seems) (?:totally |very |really |perfectly |completely )?(?:appropriate|reasonable|fair|fine|doable|easy|a good idea|a great idea|no problem)\b|\bno problem\b|\bhappy to (?:do|add|help with) (?:that|it|this)\b|\b(?:i am|we are|i'm|we're) (?:on board|all for it|good with (?:that|it|this))\b|(?<!\b(?:how|what|if|whether|where|when) )\b(?:that|it|this) works(?: for (?:me|us))?\b|\b(?:fine|okay|ok) (?:by|with) me\b|\bsounds like a plan\b/;

/** Deliveries to the parent: a thing put in one of these is an errand, not a change to the plan. */
export const DOCUMENT_WORDS =
  /\b(?:notice|letter|email|e-mail|report|summary|notes|copy|list|form|forms|packet|application|referral|link|log|data|results|invite|invitation|release|paperwork)\b/;

/** Verbs of what happens to someone, not what they do ("I'll run out of time", "he'll forget"). */
export const NOT_AGENTIVE = new Set([
  'run out',
  'run',
  'forget',
  'lose',
  'fail',
  'fall',
  'worry',
  'panic',
  'cry',
  'end up',
  'freak out',
  'melt down',
  'get',
  'die',
  'break',
]);
export const NOW =
  /\b(?:right now|real quick|in a (?:minute|second|moment|sec)|right here|before you leave)\b/;
export const STATIVE_VERBS = new Set([
  'be',
  'say',
  'guess',
  'bet',
  'think',
  'know',
  'need',
  'want',
  'like',
  'love',
  'hear',
  'remember',
  'admit',
  'feel',
  'wonder',
  'miss',
  'mention',
  'hope',
  'understand',
  'appreciate',
  'struggle',
  'cover',
  'figure',
  'wait',
  'happen',
]);
/** Sayings in the shape of a promise that promise nothing: "I'll give you that", "I'll believe it when...". */
export const NO_PROMISE_SAYING =
  /\bi will (?:give you that|grant you that|believe it when|lay it (?:all )?out)\b|\bi will (?:get|close|open|grab) the (?:blinds?|door|lights?|window|shades?)\b/;
/** Verbs a speaker uses to concede ("I won't argue that", "I won't lie to you"), not to decline anything. */
export const CONCEDING = new Set(['argue', 'lie', 'pretend', 'deny', 'dispute', 'sugarcoat', 'kid']);
export const STATIVE_PHRASE =
  /\b(?:will|going to) (?:be honest|tell you (?:what|that|honestly)|say|see how|see what)\b|\bwe will see\b/;

/** A school's "no", in the shapes it takes in meetings (policy, data, availability, "not now"). */
export const REFUSAL_PHRASES: readonly RegExp[] = [
  // "I'm hesitant to go to a full-day one-on-one", "we'd be reluctant to move her mid-semester": a no, softly.
  /\b(?:i|we) (?:am|are|would be) (?:a little |a bit |really |very |pretty )?(?:hesitant|reluctant) to\b/,
  // "The district's position is the nurse doesn't go on overnight trips" (the guide's own example).
  // ("I'm not sure what the district's position is" asks, it does not say no.)
  /(?<!\b(?:what|whether|if|know) (?:the )?)\b(?:district|school|building|team|our)(?:'s|s')? position is\b/,
  /\bnot (?:really |just |currently )?(?:something (?:we|that we|the district|the school|i|our)|an option|possible|available|feasible|appropriate|warranted|necessary|needed|allowed|permitted|covered|part of|what we (?:do|offer|provide))\b/,
  /\b(?:beyond|outside(?: of)?) (?:what|the scope of|our|the district)\b/,
  /\b(?:that|it|this) is (?:a |the |our |just )?(?:district|school|state|board|department|building) (?:policy|rule|process|standard|decision)\b|\bpolicy (?:is|says|does not|will not)\b|\bagainst (?:the )?policy\b|\bpart of the state standard\b/,
  /\b(?:have|going) to say no\b|\b(?:the answer is|that is a) no\b|\bdo not see (?:us|that|it|this|him|her) (?:being able|moving|happening|doing|approving|adding|getting)\b/,
  /\bnot sure (?:i|we) can (?:allow|do|add|approve|provide|offer|let|give|make|change)\b/,
  /\b(?:do|does) not (?:really |currently )?have (?:the |enough |any )?(?:time|staff|staffing|space|room|money|funding|resources|capacity|budget|people)\b/,
  /\b(?:deny|denying|denied|decline|declining|declined|reject|rejecting|rejected|refuse|refusing|refused) (?:that|the|your|this|it|those)\b|\bhave to deny\b/,
  /\bhold(?:ing)? off\b|\bput (?:that|it) on hold\b|\bnot going to (?:do|add|approve|provide|offer|happen|change|increase|fund|pay|move|proceed|pursue|go ahead|evaluate|test|assess|switch|put|give|start|pull|drop|grant|allow|take (?:him|her|them) out)\b/,
  // ("I'd rather not cut it close" is about the speaker's own timing.)
  /\b(?:would|will) rather not\b(?! (?:cut it close|wait|risk it|rush)\b)/,
  // "We're capped by the bus count. There's just no seat."
  /\bthere is (?:just |simply )?no (?:seat|room|space|spot|slot|opening|bed)s?(?: (?:left|available|for (?:him|her|them)))?\W*$/,
  /\bnot (?:at this (?:time|point)|right now|yet|this year|for now)\b|\bfor now,? (?:no|yes)\b/,
  /\b(?:does|do) not (?:really )?support\b|\bdata (?:does|do) not\b|\bdata (?:shows?|says) (?:he|she|they) (?:does|do) not\b/,
  // ("He doesn't meet the regression-recoupment criteria for ESY", "he wouldn't qualify this year".)
  /\b(?:does|do|did) not (?:qualify|meet (?:the )?(?:[\w-]+ ){0,3}(?:criteria|eligibility)|need (?:a|an|that|it|one|the|more))\b|\b(?:would|will) not (?:qualify|meet (?:the )?(?:[\w-]+ ){0,3}(?:criteria|eligibility))\b|\bnot eligible\b/,
  /\b(?:would|do) not recommend\b|\bnot recommend(?:ing|ed)?\b/,
  // "It was a code-of-conduct decision and it stands."
  /(?<!\bwhere )\b(?:decision|suspension|it|that) stands\b/,
  /\bnothing (?:we|i|the district) can do\b/,
  // "I'm afraid not, even with a letter."
  /\bi am afraid not\b/,
  /\b(?:can not|not able to|unable to) (?:really |just |really just )?(?:waive|approve|provide|offer|add|give|do|make|take|stop|cut|fund|pay|assign|change|send|go|say yes)\b|\bcan not be (?:exempt|exempted|excused|waived)\b/,
  // "There's no opting out in Missouri", "finals are required by district policy".
  /\bthere is no (?:opting out|opt[- ]out|option to opt out|home option|exception for|way around (?:it|that))\b|\b(?:is|are) required by (?:the )?(?:district|state|school|board|department|college)(?: policy| law| rule)?\b/,
  // "I don't think that's something we'd be able to do through a 504".
  /\bdo not think (?:that is|it is|this is|that would be|it would be) (?:something|anything) (?:we|i|the district|the school|a 504|an iep)\b/,
  /\bnot (?:at|in) a (?:point|position)\b/,
  /(?<!\b(?:i|you)(?: really| actually| just)? )\b(?:do|does) not (?:have(?! to\b)|offer|provide|do|assign|fund|cover|allow|write|include|pay for|purchase|buy|supply) (?:the |a |an |any |enough |that|those|it|after-school|separate|full-time)?/,
  /\b(?:'s|\bis|\bare|\bwould be|\bfalls) on (?:the family|the parents?|families)\b|\b(?:is|would be) the (?:family's|parents'?) responsibility\b/,
  /\bis not something\b|\bare not something\b/,
  /\b(?:i|we) do not (?:think|believe|feel|see)\b.{0,60}\b(?:needed|necessary|warranted|appropriate|required|supports?|need|justify|qualify|the right (?:move|call|fit|choice|step))\b/,
  // "That's a district-level decision", "that's a spring decision": not here, not now.
  /\b(?:that|it|this) (?:is|would be) (?:a |an )?(?:district|school|state|board|building|central office|administrative|admin|spring|fall|later|future)(?:[- ]level)? (?:decision|call)\b/,
  // "I don't think we're there yet", "the data isn't showing a need", "more restrictive than he needs".
  /\b(?:do not think|not sure) (?:we are|he is|she is|they are) there\b|\bnot there yet\b|\bmore restrictive than (?:he|she|they) needs?\b/,
  /\bdata (?:is|are) not (?:really )?(?:showing|supporting|indicating|pointing to)\b|\bnot seeing (?:a|the|any) need\b|\bdata (?:does|do) not show\b/,
  /\b(?:keep|keeping|leave|leaving) (?:it|them|that|things|him|her) (?:where (?:it is|they are|he is|she is)|as (?:it is|is)|the same|at (?:that|the same))\b/,
];

/** Verbs a school says no with ("we can not provide", "we will not be adding", "we do not assign"). */
export const SERVICE_VERBS = new Set([
  'provide',
  'offer',
  'do',
  'add',
  'give',
  'approve',
  'fund',
  'pay',
  'allow',
  'support',
  'cover',
  'include',
  'assign',
  'write',
  'change',
  'make',
  'waive',
  'take',
  'stop',
  'increase',
  'hire',
  'have',
  'recommend',
  'justify',
  'let',
  'put',
  'send',
  'go',
  'cut',
  'transport',
  'reimburse',
  'bring',
  'buy',
  'qualify',
  'meet',
  'need',
  'supervise',
  'proctor',
  'test',
  'evaluate',
  'assess',
  'screen',
  'diagnose',
  'run',
]);

/** Words that turn a "can not" into something other than a refusal of a service (times, presence, senses). */
export const NOT_A_SERVICE =
  /\b(?:(?:i|we|you)(?: really| just| probably)? (?:can not|could not|will not be able to|are not able to|am not able to|are unable to|am unable to) (?:make it|be there|be here|attend|come|meet|stay late)|(?:i|we) can not (?:really )?(?:advise|comment|speak to|give (?:legal )?advice)|(?:from|on) (?:this|my|here|the) (?:laptop|computer|phone|ipad|tablet|device)|the system is (?:being )?(?:weird|down|slow)|from here)\b|\b(?:can not|could not|will not be able to|not able to|unable to) (?:hear|see you|believe|imagine|remember|thank|stress|emphasize|wait|talk about (?:another|other) (?:student|kid|child)s?|discuss (?:another|other) (?:student|kid|child)s?)\b|\b(?:mornings|afternoons|evenings|mondays|tuesdays|wednesdays|thursdays|fridays|that day|that time)\b/;

/** The meeting moving on because time is short: "We're about at time.", "So, next steps.", "I want to make sure we get through goals." */
/**
 * "Sorry, I've got a two-thirty I have to get to", "I've got to jump off", "before I lose you all, I have a hard
 * stop": the speaker leaves the meeting.
 */
export const LEAVING =
  /\bi am going to (?:go|head out|run|take off)\W*(?:$|,|i am sorry|sorry)|\b(?:i|we) (?:have got|have|got|need) to (?:grab|get|pick up) (?:my|the) (?:kids|class|students|group)\b|\bi have (?:bus|lunch|recess|hall|car line|car-line|dismissal) duty\b|\b(?:i|we) (?:have got|have|got|need) to (?:jump|hop|drop|run|head out|get going|step out|leave|take off)\b|\b(?:i|we) (?:have got|have|got|need) to (?:grab|get to|catch|run to) (?:the |my |a |another )?(?:next )?(?:meeting|call|class|appointment)\b|\b(?:i|we) (?:gotta|have got to|got to|have to) go\b|\bhard stop\b|\bbefore i lose (?:you|everyone|everybody)\b|\bi (?:have got|have|got) (?:a|another|my) (?:[\w-]+[- ])?(?:thirty|o'clock|fifteen|forty-five|meeting|appointment|class) (?:i have to|to get to|waiting|coming)\b|\bmy (?:[\w-]+[- ])?(?:thirty|o'clock|fifteen|forty-five|next meeting|appointment) is here\b/;

/**
 * "I'm going to hang up now", "I'll drop off", "I'm going to head out": leaving the call or the room, not a task
 * (matched on a predicate's verbs and object; "I'll drop off the forms" has an object and is an errand).
 */
export const LEAVING_THE_CALL =
  /^(?:hang up|drop off|drop|hop off|jump off|log off|sign off|head out|get going|take off|step out|leave|go)(?: now| the call| the meeting| early| here| a (?:little|few minutes|bit) early)*\W*(?:okay|ok|sorry|then)?\W*$/;

/** "Let me just read everything back before we sign", "let's do a quick recap": the meeting winds up. */
export const READ_BACK =
  /\blet (?:me|us) (?:just )?(?:read (?:\w+ ){0,2}back|recap|do a (?:quick )?recap|go over what we)\b|\bread (?:everything|it all|all of it|that) back\b/;

/** "What we're proposing is...", "my recommendation is": a proposal put to the team, not yet settled. */
export const PROPOSING =
  /\b(?:what )?(?:we are|i am) (?:proposing|recommending|suggesting)\b|\bmy (?:proposal|recommendation) is\b/;

/** "Also, while we're on staff...", "oh, and one more thing": the speaker turns to something else. */
export const TOPIC_CHANGE =
  /^(?:(?:okay|ok|um|uh|oh|so|and|but|sorry)\W+){0,3}(?:also|and also|one more thing|one other thing|before i forget|by the way|while we are (?:on|at|talking about)|speaking of|on another note|switching gears|changing gears|moving on|real quick|let us keep (?:going|moving)|let's keep (?:going|moving))\b/;

/**
 * "Sorry -- hang on, that's the office", "Oh, shoot, my radio", "that reminds me, totally different thing": the
 * meeting is interrupted or turned aside, whatever was asked just before.
 */
export const INTERRUPTED =
  /\b(?:that is|it is) (?:the|my) [a-z]+ calling\b|\bgive me (?:one|a) (?:sec|second|minute|moment)\b|\b(?:that is|it is) (?:the|my) (?:front )?(?:office|phone|radio)\b|\bmy (?:radio|phone)\b|\b(?:hang|hold) on\b|\bi (?:have|have got|need|got) to (?:grab|take) (?:this|that)\b|\bthat reminds me\b|\b(?:totally|completely) different (?:thing|topic)\b|\bbefore i (?:forget|lose it)\b|\bthe copier\b/;

/** "OK, goals. I have three.", "OK. Meds. Ms. Pettibone.": the next item of the agenda called out by its name. */
export const AGENDA_ITEM =
  /^(?:okay|ok|alright|all right)[,.]?\s+(?:next[,:]?\s+)?(?!(?:yes|yeah|yep|sure|good|great|fine|perfect|thanks|thank|no|nope|right|exactly|absolutely|correct|true|cool|wow|oh|um|uh|and|so|but|that|this|it|i|we|you|he|she|they)\b)[a-z-]+(?: [a-z-]+)?[.:](?:\s|$)/;

export const OUT_OF_TIME =
  /\b(?:we are|i am) (?:about |almost |just about |right |already |over |past |running )?(?:at|out of|over|short on) (?:time|our time)\b|\bnext steps\b|\bmake sure we get (?:through|to)\b|\bwe are (?:a little|a bit|already|a few minutes|way) over\b|\brunning (?:a little |a bit )?(?:over|long)\b|\b(?:watching|keeping an eye on|mindful of) (?:the )?(?:clock|time)\b/;

/** A reply that does not answer: not knowing, having to check later, putting it off, moving on. */
export const NON_ANSWER: readonly RegExp[] = [
  OUT_OF_TIME,
  /\b(?:i|we)(?: honestly| really| actually| just)? do not (?:really |actually |honestly )?know\b|\bno idea\b|\bwould know\b/,
  /\bnot (?:a hundred percent |one hundred percent |totally |entirely |really |actually |honestly |quite |exactly )?(?:sure|certain)\b/,
  /\b(?:(?:that|it) is|that would be) (?:really |kind of |more )?(?:a family|your|the family's|a personal) (?:decision|call|choice)\b|\b(?:i|we) can not (?:really )?(?:advise|comment|speak to|say)\b|\b(?:a|kind of a|bit of a) (?:gr[ae]y area)\b|\b(?:a ways|a long way) off\b/,
  /\b(?:let us|we need to|we should|we have to) (?:get|finish|focus on|deal with) (?:this|that|the) (?:\w+ ){0,3}first\b/,
  // (Not "you'd have to look each one up": the answer, telling the family where to look.)
  /(?<!\byou )\b(?:would|will|'d) (?:have|need) to (?:check|see|look|ask|find|think|talk|pull|get back|figure|double)\b|\bhave to see\b|\bneed to think\b/,
  // ("Good question. So we have three staff trained on it...": the answer follows; a few words after it do not.)
  /\b(?:good|great|big|tough|hard|fair) question\b(?=\W*(?:[\w']+\W+){0,6}[\w']*\W*$)|\bhard to say\b|\btalk about (?:it|that|this)(?: more)? (?:later|next|another|at|when|after)\b|\b(?:that is|it is) (?:really )?up to\b|\ba question for\b|\bquestion (?:for|to) (?:the|our)\b/,
  /\b(?:go down that road|hold that thought|cross that bridge|whole (?:other|different|separate) (?:thing|conversation|topic|issue|question)|bigger conversation|another (?:time|day|conversation)|after the meeting|offline|not get into|table (?:that|this)|park (?:that|this))\b/,
  /\b(?:let us|we will|we are going to|we can) (?:(?:just |wait and )?see (?:how|what|if|where))\b/,
  /\b(?:let us|we will|we should|we need to) (?:move on|keep (?:going|moving)|stay (?:with|on)|wrap up|finish up|get through|look at the|go to the|talk about (?:that|it|lunch|this) (?:at|later|after))\b/,
  /\b(?:moving on|the next (?:page|section|thing|item|slide)|let us move|so next)\b/,
  // "We'll come back to that", "let's give it some time and see": deflected for now.
  /\b(?:we will|let us|we can|we should|i will) (?:come back to|circle back (?:to|on)|return to) (?:that|this|it)\b|\bgive it (?:some )?time(?: and see)?\b/,
  // "I don't either, off the top of my head", "we don't have it in the file, I don't think": not knowing.
  /\boff the top of my head\b|\bnot in (?:the|his|her|their) file\b|\bhave (?:it|that|those|them) in (?:the|his|her|their) file\b/,
  // "That's really a placement question", "you'd want to ask the A+ coordinator", "I'm not aware of one", "we're
  // still working out the routes", "I don't have the logs in front of me": sent elsewhere or not known yet.
  /\b(?:that is|it is) (?:really |more |kind of )?(?:a|an) (?!(?:good|really|fair|great|big|tough|hard|real|dumb|silly)\b)[\w+-]+(?: [\w-]+)? question\b|\bnot aware of\b|\byou (?:would|will) (?:want|need|have) to ask\b|\b(?:still|currently) (?:working out|figuring out)\b|\bin front of me\b/,
  LEAVING,
  READ_BACK,
  // "That's something we should definitely look into": put off for later, not answered.
  /\b(?:something|one) (?:we|i) (?:should|need to|will|can|could|would have to) (?:definitely |probably |maybe |really )?(?:look into|ask about|find out about|follow up on|check on)\b/,
  // "It depends": no answer yet.
  /\bit (?:all )?depends\b(?! on\b)/,
  // A facilitator's list of matters for later ("Parking lot?", "I'll put that on the parking lot"), and "hold that
  // one for item three": kept for later, not answered.
  /\bon the parking lot\b|\bparking lot\?|\bhold (?:on to )?(?:that|this) one\b/,
  /(?<!\bsomething (?:that )?)\b(?:transportation|the district|the middle school|the high school|central office|scheduling) (?:does(?! not\b)|handles|decides|has not|have not)\b|\bnot us\b/,
];

/** Questions that are manners or logistics, not matters to follow up. */
export const SMALL_TALK_QUESTION =
  /\b(?:how (?:are|was|were|is) (?:you|your|everyone|everybody|things|it going)|how is (?:it going|everyone|your)|can (?:everyone|you all|you|everybody) (?:hear|see)|(?:is|are) (?:everyone|everybody|you|we) (?:able to (?:hear|see)|here|ready|on|there|recording|muted)|(?:does )?any(?:one|body) (?:need|want)|can i get (?:you|anyone)|(?:some )?(?:coffee|water)\b|any (?:other )?(?:questions|concerns)|did you (?:find|get here|get a chance)|ready to (?:get started|begin|start)|(?:shall|should) we (?:start|begin|get started)|is (?:this|that) (?:a good time|working|okay)|who is (?:joining|on the (?:phone|call|line))|did every(?:one|body) (?:get|sign|receive)|can (?:i|we) (?:say|jump in|look at)|is that okay\?|right\?$|okay\?$|what does that mean|what (?:did|would|had) (?:i|we) miss|where do (?:i|we|you want (?:me|us) to) sign|can we (?:wrap (?:this |it |things )?up|finish up|stop) in\b|(?:should|shall) i hold (?:his|her|their|the|that) question|is it (?:all right|alright|okay|ok|fine) (?:if |that )?(?:she|he|they|my [a-z-]+)(?:'s| is| are)? (?:here|stays?|sits? in|joins?)\b)/;

/** A tag at the end does not make a statement a question ("We'll send it Friday, okay?"). */
export const TAG_QUESTION =
  /,?\s*(?:okay|ok|right|all right|alright|does that work|is that okay|is that ok|sound good|does that sound good|yes|yeah|fair|you know)(?:,?\s+(?:(?:ms|mr|mrs|dr)\.?\s+)?[a-z]+)?\s*\?$/;

/** Question words that start a question even without a question mark (speech-to-text often drops it). */
export const QUESTION_START =
  /^(?:(?:and|so|but|okay|well),?\s+)?(?:(?:what|when|where|why|who|whom|whose|how)\b|(?:can|could|would|will|is|are|do|does|did|should|may|has|have|is not|are not|does not|do not|will not|can not)\s+(?:you|we|he|she|they|i|it|there|the|this|that|his|her|my|our|your|someone|somebody|anyone|anybody|everyone)\b)/;

/** Saying yes at the start of a reply. */
export const YES_START =
  /^(?:(?:honestly|well|oh|so),?\s+(?=(?:yes|yeah|yep|sure|absolutely|definitely|of course|totally|certainly)\b))?(?:yes|yeah|yep|yup|sure|absolutely|definitely|of course|okay|ok|totally|certainly|sounds good|that is fine|that is fair|that is reasonable|that works|no problem|great|perfect)\b/;
export const NO_START = /^(?:no|nope|not (?:yet|now|really|at this time)|unfortunately)\b/;

/** Saying yes to a plan change outright: "we agree", "the team agrees", "we're all on the same page". */
export const AGREE_PHRASES: readonly RegExp[] = [
  // "Tests in a separate setting, that's now a formal accommodation", "it's now part of his plan": settled, as said.
  /\b(?:that|it|this|those|these) (?:is|are) now (?:a |an )?(?:formal |official |written )?(?:accommodations?\b|part of (?:the|his|her|their) (?:plan|iep|504)\b|in (?:the|his|her|their) (?:plan|iep|504)\b)/,
  // "Five days, thirty minutes. Done.": the turn ends settling it ("Okay, done. You'll get it Friday" takes it on).
  // ("Great. Added." after someone else's words settles nothing said in the turn.)
  /(?<!^(?:great|okay|ok|good|sure|yes|yeah|yep|perfect|alright|all right|fine))[.!]\s(?:(?:okay|ok|alright|so|then|great),?\s+)?(?:done|written|added)[.!]\s*$/,
  // "Okay, done, adding it.", "Para support on lab days, adding it.", "Okay, I'm writing it.", "Anybody against?
  // Okay. In.", "It's in.", "Water and snacks in all classes goes in.", "so we're putting in: repeat directions...",
  // "that'll be written into the plan": the plan typed as it is settled ("Writing it down" is a note).
  /\badding (?:it|that|this|those|them)(?: in| now| right now)?[.!]?\s*$|\bi am writing (?:it|that)(?: in| now| right now)?[.!]?\s*$|(?:^|[.!]\s+)(?:(?:okay|ok|so|then),?\s+)?(?:it is )?in[.!]\s*$|\bgoes in[.!]?\s*$|(?:^|[.!]\s+)(?:(?:okay|ok|so|then),?\s+)?(?:it is |that is )?going in[.!]?\s*$|,\s*(?:it is |that is )?in the plan[.!]?\s*$|\b(?:we are|i am) (?:putting|adding|writing) in\s*:|\b(?:will be|is going to be) (?:written|put|added) (?:into|in|to) (?:the|his|her|their) (?:plan|iep|504|accommodations)\b/,
  // "Okay, I'm putting it in: unit tests in the testing center", "So I'm writing that in: a district phone", typed
  // as it is settled ("I'm typing it in right now: parent disagrees" records a disagreement, no decision).
  /^(?!.*\bdisagree).*\bi am (?:putting|typing|writing) (?:it|that|this|that one) in\b(?! my\b)/,
  // "Yes -- I'm changing the wording right now", "So we keep direct speech until the review. That's the decision."
  // "I'm checking that box", "those five are in", "then those are in: water, snacks, the elevator pass".
  /\bi am (?:changing|updating|fixing|rewriting) (?:the wording|the language|it|that)(?: right)? now\b|\bthat is (?:the|our|the team's) decision\W*$|\bi am (?:checking|marking) (?:that|the|this) box\b|\b(?:those|these|both)(?: (?:two|three|four|five|six|seven|eight))? (?:are|go) in(?=\s*(?:[:.!;,-]|$))/,
  // "Then that's what we're writing: one-fifty a week", "That's what we'll write."
  /\bthat is what (?:we are|we will|i am|i will) (?:writing|write|putting in|put in|putting down|put down)\b/,
  /\b(?:we|i|everyone|everybody|the team|the parents?|all of us|both of us|the school)(?: have| all| both)* (?:agree|agreed|are agreed|are all agreed)\b/,
  /\b(?:is|are|'s|'re) (?:all )?in agreement\b|\bon the same page\b|\bconsensus\b/,
  /\b(?:the )?(?:iep |504 )?team (?:agrees|agreed|has agreed|decided|has decided|approved|determined|has determined|determines|finds|has found)\b|\bteam(?:'s| is) (?:decision|determination|consensus|recommendation) is\b|\b(?:that|this) is (?:our|the team's|the team is) (?:determination|decision|finding)\b|(?<!\b(?:if|whether|how|when) (?:his |her |their |the )?)\beligibility (?:continues|remains|stays)\b/,
  /\bwe (?:will|can|are going to) make (?:it|that|this) work\b/,
  /\b(?:we are|so we are) agreed\b|\bagreed (?:on|upon|to|that)\b/,
  // "So that's agreed, check-in every day", "okay, that's settled"; "Okay, adding: he may step out to check his
  // CGM", "changing seating to: near the board" (the plan typed as it is said).
  /\b(?:so |then |okay,? )?that is (?:agreed|settled|decided)(?=\s*(?:[,.;!:]|then\b|$))|^(?:okay|ok|alright|all right|so)[,.]? (?:i am |we are )?(?:adding|changing|updating)\b[^.?!:]{0,40}:/,
  /\b(?:i|we) (?:can )?live with\b|\b(?:i am|we are|i'm|we're) (?:all )?(?:fine|okay|ok|good|comfortable|happy) with (?!(?:that|this|it|everything)\W*$)/,
  /\b(?:i|we) (?:accept|approve)\b|\blet us (?:add|go with|do (?:that|it|this)|keep(?! (?:it )?(?:moving|going))|put|write|include)\b|\bwe will go with\b/,
  /\bwhat (?:we|i) can do is (?!(?:send|email|e-mail|mail|call|text|give you|get you|bring|come|meet|check|look|find|talk|reach|set up|schedule|train|show|ask)\b)/,
  /\b(?:we )?(?:can )?all get behind\b|\bget behind (?:that|this|it|adding|doing|putting)\b/,
  /\b(?:we are|we will be|we will|let us|we can|so we are) (?:go|going|move|moving) (?:ahead|forward) with\b/,
  /(?<!\b(?:if|whether|not|never|might|would|could|may|see)\s(?:\w+\s)?)\bqualif(?:ies|y) for\b|(?<!\b(?:if|whether)\s\w+\s)\b(?:is|are) eligible for\b/,
  /\blet us (?:spell out|specify|clarify|document|state|make (?:it|that|this) clear)\b/,
  // "Let's go ahead and add it", "we can go ahead and put that in", "I think we're all on board".
  /\b(?:let us|we can|we will|we are going to|i will) go ahead and (?:add|put|write|include|change|start|use|increase|switch|try)\b/,
  /\b(?:we are|everyone is|everybody is|the team is) (?:all )?on board\b/,
  // "Okay, then that's in: stop the clock", "That's added.", "So that's settled: sixty minutes a week".
  /\bthat is (?:added|settled|in|going in)(?:,? (?:then|too|as well))?(?=\s*(?:[:.!;,-]|$))|\b(?:that|it|this) goes in(?:to (?:the|his|her|their) (?:plan|iep|504|bip|accommodations))?(?=\s*(?:[:.!;,-]|$))|\bthat is going in(?:to)? (?:the|his|her|their) (?:plan|iep|504|accommodations)\b/,
  // "Agreed. We'll do ESY.", "Let's make that a formal accommodation": the school side settling it (a bare
  // "Agreed." alone may only be assent).
  /^(?:(?:okay|ok|alright|all right),?\s+)?agreed[.!,;]\s+\w|\blet us make (?:it|that|this|those) (?:a |an )?(?:formal|official|accommodations?|part of)\b/,
  /\b(?:we|i) will (?:write|put|add) (?:that|it|this|those) in(?:to)?(?=\s*(?:[,.!?;]|$|there\b|too\b|as well\b|(?:the |his |her |their )?(?:plan|iep|504|bip|accommodations)\b))/,
];

/**
 * A check with the room that names what is agreed: "So we're all agreed on the regular class eighty percent?", "are
 * we good keeping those as they are?".
 */
export const AGREE_CHECK =
  /^(?:(?:so|okay|ok|and|then),?\s+)*(?:are we|we are|is everyone|is everybody|everyone is|everybody is)\s+(?:all\s+)?(?:agreed|good|okay|ok|fine|in agreement|on board)\s+(?:on|with|keeping|to|about|going with|moving)\b|^(?:(?:so|okay|ok|and|then),?\s+)*(?:does|do) (?:the team|everyone|everybody|anyone|anybody|we all|you all) (?:all )?agree\b/;

/** The speaker taking it on without a verb of doing: "that's on me", "leave it with me". */
export const ON_ME = /\b(?:that|this|it) is on me\b|\bleave (?:it|that|this) (?:with|to) me\b|\bi am on it\b/;

/** Saying the decision is not yours or not today, before taking on an errand ("I can't promise, but I'll look"). */
export const DEFERRAL =
  /\b(?:can not|could not) promise\b|\bbefore (?:we|i) (?:can |could )?commit\b|\ban answer off the cuff\b|\bnot yet\b|\bsitting here\b|\bcan not (?:approve or deny|say yes or no|decide)\b|\bnot (?:my|our) (?:call|decision)\b/;

/**
 * A question asked in reported speech, as an interpreter relays it or a parent softens it ("She's asking if he can
 * keep the laptop", "he wants to know whether...", "I was wondering if the school would pay"): a question without
 * a question mark.
 */
export const INDIRECT_QUESTION =
  /(?:^|\]\s*)(?:(?:and|so|okay|ok|also|but|then|now),?\s+)*(?:she|he|they|mom|dad|the (?:mother|father|parents?)|i|we)\s+(?:is |are |was |were |would |also |have been |has been )*(?:asking|asks|asked|wants to know|want to know|would like to know|like to know|wondering|wonders)\b(?: (?:also|about this|one more thing))?,?\s*(?:if|whether|can|could|will|would|does|do|did|is|are|what|when|where|why|who|how)\b/;

/** How much of a service ("sixty minutes weekly", "four half-days a week", "two extra days per absence"). */
export const SERVICE_AMOUNT =
  /\b(?:minutes?|hours?|times? (?:a|per) (?:week|day|month)|(?:a|per) (?:week|day|month|absence)|daily|weekly|monthly|half[- ]days?|sessions?)\b/;

/** "So ninety minutes a month, agreed.", "Audiobooks in every class, added.": a decision said as a label. */
export const SAID_AS_AGREED = /^[\w'-]+(?:[\s,:]+[\w'-]+)+,\s*(?:agreed|added|approved)[.!]?$/;

/** A check with the room after a plan statement: "..., everybody agree?", "Ms. Ortiz, you're okay with that?". */
export const AGREE_TAG =
  /^(?:(?:and|so|okay|ok)\s+)?(?:[\w.]+ ){0,2}?(?:[\w.]+, )?(?:does )?(?:everybody|everyone|all of you|you all|we all|are we all|is everyone|is everybody|you are|are you|are we) (?:all )?(?:agree|agreed|okay|ok|good|fine|on board|in agreement)(?: (?:with|on) (?:that|this|it))?\s*\?$|^(?:(?:and|so|okay|ok)\s+)?(?:does|do) (?:anyone|anybody) (?:disagree|object|have (?:any )?objections?)(?: with (?:that|this|it))?\s*\?$|^(?:any|no) objections\s*\?$/;
