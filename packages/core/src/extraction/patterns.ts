// The wording rules, on lower-case text with straight apostrophes. Each list says why it is there; together they
// are measured against a labeled meeting (labeled-utterances.ts) by scoreExtraction.

// Who can say no for the school: staff speak as "we", "I", or name the district, school or SSD.
const SCHOOL = String.raw`(?:we|i|they|the district|district|the school|school|ssd|the team|our (?:district|school|building|program|team|staff|office))`;
const ADVERB = String.raw`(?:\s+(?:just|really|currently|simply|unfortunately|honestly|typically|usually|normally|generally|still|probably))?`;
// Verbs after "can't"/"won't" that are not about services ("we can't hear you", "I won't be at the meeting").
const NOT_A_SERVICE = String.raw`(?!hear|see you|remember|wait|believe|thank|tell|say|speak|stress|emphasize|know|find|imagine|help but|stop|make it|come|attend|be there|stay|get there|leave|be at|be here|be in|be out|be on|be late)`;

/** Refusals, including soft ones: each is a candidate Prior Written Notice (Notice of Action) request. */
export const REFUSAL: readonly RegExp[] = [
  // "we're not able to", "we aren't able to", "the district is unable to", "we're not in a position to"
  new RegExp(
    String.raw`\b${SCHOOL}(?:'re|'m|'s|\s+(?:are|am|is))${ADVERB}\s+(?:not\s+(?:able|in a position|allowed|permitted|going to be able)|unable)\b`,
  ),
  new RegExp(
    String.raw`\b${SCHOOL}\s+(?:aren't|isn't|am not|are not|is not)${ADVERB}\s+(?:able|in a position|allowed|permitted)\b`,
  ),
  // "we can't provide", "SSD won't be able to", "we won't be doing one"
  new RegExp(
    String.raw`\b${SCHOOL}${ADVERB}\s+(?:can't|cannot|can not|won't|will not|couldn't|could not|wouldn't|would not)\s+${NOT_A_SERVICE}(?:be (?:able|\w+ing)\b|(?!be\b)[a-z])`,
  ),
  // "we don't typically provide", "we typically don't write", "the district doesn't provide"
  new RegExp(
    String.raw`\b(?:${SCHOOL}|it|policy|insurance|the state|the program|the budget)${ADVERB}\s+(?:don't|do not|doesn't|does not)${ADVERB}\s+(?:provide|offer|do|write|allow|give|fund|pay|include|cover|approve|support|add|hire|make|put|transport|reimburse|let)\b`,
  ),
  /\b(?:we|the district|the school|ssd) (?:don't|do not|doesn't|does not) have (?:the |enough |any )?(?:staff|staffing|funding|money|budget|resources|capacity|availability|openings|room|space|anyone|someone|ability)\b/,
  // "that's not something we offer", "it's not an option", "that isn't available"
  /\b(?:that|it|this|which)(?:'s| is| was|'s just| is just)? (?:not|n't|isn't) (?:really |just |currently )?(?:something (?:we|that we|the district|the school|ssd|our)|an option|a service we|possible|available|feasible|going to happen|within our|in our (?:budget|scope)|what we (?:do|offer|provide)|allowed|permitted|covered)\b/,
  /\b(?:'s|is|are) not (?:really |just )?something (?:we|that we|the|our|ssd)\b|\b(?:isn't|aren't) (?:really |just )?something (?:we|that we|the|our|ssd)\b/,
  // "beyond what we can provide", "outside of what the district offers"
  /\b(?:beyond|outside(?: of)?) (?:what|the scope of what) (?:we|the district|the school|ssd)\b/,
  /\b(?:beyond|outside(?: of)?) (?:our|the district's|the school's) (?:scope|budget|capacity|resources)\b/,
  /\b(?:nothing|not much|not a lot) (?:we|i|the district|the school) can do\b/,
  new RegExp(String.raw`\b${SCHOOL}(?:'d| would) (?:rather|prefer) not\b`),
  new RegExp(
    String.raw`\b${SCHOOL}${ADVERB}\s+(?:decline|declined|deny|denied|reject|rejected|refuse|refused|did not approve|didn't approve)\b`,
  ),
  /\b(?:request|it|that|this) (?:is|was|has been|'s been) (?:denied|declined|rejected|not approved)\b/,
  // "I don't think a full reevaluation is needed"
  /\b(?:i|we) (?:don't|do not) (?:think|believe|feel|see)(?: that)? .{0,60}\b(?:needed|necessary|warranted|appropriate|required)\b/,
  /\b(?:doesn't|does not|didn't|did not|won't|will not) (?:qualify|meet (?:the )?(?:criteria|eligibility))\b|\b(?:isn't|is not|not) eligible\b/,
  /\bpolicy (?:doesn't|does not|won't|will not) (?:allow|let|permit|cover)\b|\bagainst (?:district |school |our )?policy\b/,
];

/** "We'll have to check", "I'll find out", "I'm not sure, let me ask": something left open to answer later. */
export const OPEN_QUESTION: readonly RegExp[] = [
  /\b(?:have to|need to|got to|gotta) (?:check(?! in\b| on\b| off\b)|find out|look (?:into|at|up)|ask|confirm|verify|get back|see if|see whether|figure out|double-check|double check|research|talk to|consult|follow up)\b/,
  /(?:'ll|\bwill|'(?:m|s|re) going to|\b(?:am|is|are) going to|'(?:m|s|re) gonna) (?:also |just |definitely )?(?:check(?! in\b| on\b| off\b)|find out|look into|confirm|verify|get back to you|double-check|double check|research|figure out|see if|see whether|dig into|investigate)\b/,
  /(?:'ll|\bwill) (?:also |just )?ask (?!\w+(?: \w+){0,3} to\b)/,
  /\blet me (?:check|find out|look into|ask|confirm|get back|see if|double-check|double check|look)\b/,
  /\b(?:i'm|i am|we're|we are) not (?:sure|certain) (?:if|whether|about|who|when|what|how|yet)\b|\b(?:i'm|i am|we're|we are) not (?:sure|certain)(?:[,.]|$)/,
  /\b(?:i|we) (?:don't|do not) know (?:if|whether|who|when|what|how|yet)\b|\b(?:i|we) (?:don't|do not) know(?:[,.]|$)/,
  /\b(?:to be determined|tbd|still (?:waiting|figuring|deciding|looking into|checking)|haven't (?:decided|heard back)|get back to you|circle back|look into (?:it|that|this|whether|if))\b/,
];

/** Agreement said outright: "we agree", "the team agreed", "we're all on the same page". */
export const AGREEMENT: readonly RegExp[] = [
  /\b(?:we|i|everyone|everybody|the team|the parents?|all of us|you all|both of us|the school)(?:'ve| have)?(?: all| both)? (?:agree|agreed|are agreed)\b/,
  /\b(?:is|are|'s|'re) (?:all )?in agreement\b/,
  /\b(?:the )?(?:iep |504 )?team (?:agreed|agrees|has agreed|decided|has decided|approved)\b/,
  /\bwe(?:'ve| have)? decided\b/,
  /\b(?:it was|it's been|it has been|we) agreed (?:to|that|on|upon)\b/,
  /\bon the same page\b/,
  /\bconsensus\b/,
  /\b(?:we're|we are|i'm|i am) (?:fine|okay|ok|comfortable|good) with (?!(?:that|this|it|everything)\W*$)/,
  /\blet's go with\b|\bwe(?:'ll| will) go with\b/,
  /\bwe (?:can|will|'ll) (?:do|add|include|make|arrange) (?:that|this|it)\b/,
  /\b(?:we|i) (?:accept|approve)\b/,
];

/** Saying yes at the start of a reply. */
export const ASSENT =
  /^(?:yes|yeah|yep|sure|absolutely|definitely|of course|okay|ok|sounds good|sounds great|that sounds (?:good|great|fine|reasonable)|that works|that's fine|that's fair|great|perfect|agreed|i agree|that makes sense|no problem)\b/;
/** After a yes, the school taking on what was asked ("Sounds good, we'll add the organizers"). */
export const ASSENT_ACTION =
  /\b(?:we|i)(?:'ll| will| can| could) (?:add|include|put|write|do|change|try|make|use|allow|give)\b|\b(?:easy to do|doable|we can do that|we can make that work)\b/;

/** Questions that are manners or logistics, not matters to follow up. */
export const SMALL_TALK_QUESTION =
  /\b(?:how (?:are|was|were|is) (?:you|your|everyone|everybody|things|it going)|how's (?:it going|everyone|your)|can (?:everyone|you all|you|everybody) (?:hear|see)|(?:is|are) (?:everyone|everybody|you|we) (?:able to (?:hear|see)|here|ready|on|there|recording|muted)|(?:does )?any(?:one|body) (?:need|want)|can i get (?:you|anyone)|(?:some )?(?:coffee|water)\b|any (?:other )?questions|did you (?:find|get here)|ready to (?:get started|begin|start)|(?:shall|should) we (?:start|begin|get started)|is (?:this|that) (?:a good time|working)|who(?:'s| is) (?:joining|on the (?:phone|call|line))|did everyone (?:get|sign|receive)|right\?$|okay\?$)/;

/** A reply that puts a question off instead of answering it. */
export const DEFLECTION =
  /\b(?:moving on|move on|let'?s (?:move on|keep going|come back|table|park|revisit|take that offline|focus on)|come back to (?:that|it|this)|talk about (?:that|it|this) (?:later|after|offline|another time|separately)|after the meeting|another time|table (?:that|this|it)|park (?:that|this|it)|a question for (?:another|the)|not (?:the time|the place|today's topic)|next (?:goal|section|item|page|topic|slide)|keep moving|in the interest of time)\b/;

/** Question words that start a question even without a question mark (speech-to-text often drops it). */
export const QUESTION_START =
  /^(?:(?:what|when|where|why|who|whom|whose|how)\b|(?:can|could|would|will|is|are|do|does|did|should|may|have|has|isn't|aren't|doesn't|don't|won't|can't)\s+(?:you|we|he|she|they|i|it|there|the|this|that|his|her|my|our|your|someone|somebody|anyone|anybody|everyone)\b)/;

/** A tag at the end does not make a statement a question ("We'll send it Friday, okay?"). */
export const TAG_QUESTION =
  /,?\s*(?:okay|ok|right|all right|alright|does that work|is that okay|is that ok|sound good|does that sound good|yes|yeah|fair)\s*\?$/;
