import { cues, words } from './pattern';

// The phrasings that earn each move (RUBRIC.md §1). Each list is one compiled regex; the
// classifier tries them in a fixed order (see classify.ts) and quotes the matched words as evidence.
// Patterns marked "start" are tested against the sentence after leading fillers ("okay, so ...").

/** Discourse fillers, greetings and vocatives that may open a sentence without changing its move. */
export const LEADING_FILLER =
  /^(?:(?:(?:hi|hello|hey|hiya|dear) [a-z]+(?: [a-z]+)?,|okay|ok|so|well|right|alright|all right|yeah|yes|yep|um+|uh+|er+|erm|hmm+|mm+|mhm|and|but|look|listen|honestly|actually|i mean|you know|now|oh|ah|hey|great(?! to)|cool|sure|fine|good(?! to| luck)|anyway|then|also|plus|see|besides|basically|just|frankly|to be honest|ok so|okay so|i guess|i suppose|i think|i reckon|i feel like|tbh|to be fair|in any case|that said|having said that|mind you|fyi|heads up|next time|in future|in the future|going forward|from now on|for next time|(?:just )?a (?:quick |friendly )?reminder(?: that)?)(?:[\s,.!-]+|$))+/;

/** Openers that soften what follows without being its move: "Sorry to be a pain, but ...", "Not sure, but ...". */
export const HEDGE_OPENER =
  /^(?:(?:i'?m not (?:sure|certain)|not sure|i don'?t know|dunno|i might be wrong|i could be wrong|just a thought|(?:possibly |maybe )?(?:a )?(?:silly|stupid|dumb) question|if it'?s (?:alright|ok|okay|all right)|if you don'?t mind|with respect|let me think)[,:;\u2014\u2013-]+\s*(?:but\s+|so\s+|and\s+)?|(?:sorry(?: to [^,]{1,30})?|i hear you|i get (?:it|that)|i see|fair point|good question|thanks|thank you|no worries|fair enough|i know|i understand|i appreciate that|okay|ok|right)[,;\u2014\u2013-]+\s*but\s+)/;

/** "I know you'd rather not hear this, but ...": the concession is not the move; what follows "but" is. */
export const CONCESSIVE = /^(?:i know|i get that|i reali[sz]e|i understand|i appreciate|i hear that) [^,.;?!]{1,60},\s*but\s+(?=\S)/;

/** Small talk asked as a question: "How's it going?" is a greeting, not an ask. */
export const PHATIC = /^(?:how'?s it going|how are (?:you|u|things|ya)(?: doing)?(?: today)?|how'?ve you been|how have you been|you alright|alright|what'?s up|sup|wassup)[?!. ]*$/;

/** A sentence made only of acknowledgements and fillers. */
export const FILLER_ONLY = cues(
  [
    "(?:(?:okay|ok|sure|right|alright|all right|yes|yeah|yep|yup|no|nope|mm+|mhm|mm-hm+|uh-huh|uh huh|hmm+|uh+|um+|er+|ah+|oh+|great|good|fine|cool|got it|i see|gotcha|thanks|thank you|cheers|wow|exactly|absolutely|indeed|true|totally|sure thing|of course|perfect|lovely|nice|interesting|really|noted|understood|fair enough|makes sense|that makes sense|i understand|i get it|i hear you|sorry|hi|hello|hey|bye|morning|okay then|right then|no worries|no problem|sounds good|will do)[\\s,.!?-]*)+$",
  ],
  true,
);

/** Disfluency between "I'll" and its verb: "I'll just, I'll just jump on", "I'll, uh, take". */
const DISFLUENT = "(?:,? (?:just|uh+|um+|er+|erm|like|actually|i'?ll|i will)(?=[ ,]))*,?";

const TAKE_VERBS = words([
  'handle', 'deal with', 'sort (?:it |this |that |them )?out', 'sort (?:it|this|that|them)', 'take care of',
  'take over', 'take (?:it|this|that|this one|that one|the \\w+)(?: one)? (?:from here|over|on|off your plate|back)',
  'take it from here', 'fix', 'rewrite', 're-?do', 'write', 'draft', 'call', 'ring', 'phone',
  'talk to(?! you)', 'speak to(?! you)', 'speak with(?! you)', 'talk with(?! you)', 'email(?! you)', 'reach out',
  'chase', 'own', 'cover', 'look after', 'step in', 'jump in', 'get on', 'pick (?:it|this|that) up', 'do (?:it|this|that|the)',
  'finish', 'tidy', 'clean up', 'reply', 'respond', 'escalate', 'manage', 'present', 'have a word', 'just do',
  'redo', 'raise it', 'sort', 'deal', 'get involved', 'go to', 'jump on', 'hop on', 'explain it to', 'tell (?:them|him|her|the)',
]);

export const TAKEOVER = cues([
  "leave (?:it|this|that|them|him|her|the [\\w-]+(?: [\\w-]+)?) (?:with|to) me",
  `{ILL}${DISFLUENT} (?:just |personally |quickly |go ahead and |myself |take care and )?(?:${TAKE_VERBS})`,
  `let me (?:just |quickly |go ahead and )?(?:${TAKE_VERBS}|take (?:it|this|that|this one|that one))`,
  "(?:i can|i could) (?:just )?(?:handle|take care of|deal with|fix|sort|take) (?:it|this|that|them)",
  "hand (?:it|this|that) (?:over |back )?to me",
  "give (?:it|this|that) (?:to me|here)",
  "(?:{IVE}|i) got (?:it|this)(?! right)",
  "off your plate",
  "i'?ll do it myself",
  "{ILL} run with it",
  "off your (?:plate|hands)",
  "let me take (?:[\\w'-]+ ){1,5}off your",
  `(?:{ILL}|i'?ll|let me|i can|i could)${DISFLUENT} (?:just )?take (?:the|this|that|your) (?:[\\w-]+ )?(?:call|meeting|conversation|lead|escalation|client|account)`,
  "(?:{ILL}|let me|i can|i could|i) (?:probably |just |quickly )*(?:take (?:it|this|that)(?: one)? on|\\w+ [^.?!]{0,40}\\bmyself)",
]);

/** Questions that carry the leader's solution (RUBRIC.md: advice wearing a question mark). */
export const LEADING_START = cues(
  [
    "(?:have|had|did) {YOU} (?:ever |not )?(?:tried|thought (?:about|of)|considered|looked into|explored|thought to)(?= +(?!anything|something|everything|any\\b|other|that\\b|this\\b|it\\b|what|how|why|whether|who|where|when|if))",
    "why (?:{DONT}|not|wouldn'?t|can'?t|couldn'?t|won'?t|shouldn'?t|didn'?t) (?:{YOU}|we)",
    'why not',
    "(?:wouldn'?t|shouldn'?t|couldn'?t|can'?t|won'?t|mightn'?t|oughtn'?t) (?:it|{YOU}|we|that|this|the|there|they|a|an|some|just)",
    "(?:could|can|would|might|should|will) (?:it|{YOU}|we|that|this|there) not",
    "(?:isn'?t|aren'?t|doesn'?t|didn'?t|wasn'?t) (?:it|that|this|the|there|they)(?: \\w+)? (?:better|best|easier|smarter|simpler|quicker|safer|wiser|worth|obvious|answer|solution|option|time to|a good idea|a better)",
    "(?:{DONT}|do {YOU} not) (?:{YOU} )?(?:think|reckon|feel|agree)",
    "(?:could|can|would|might) (?:{YOU}|we) (?:not |maybe |perhaps )?(?:just|simply|try|consider|always)",
    'how about',
    "what about (?:\\w+ing|we|{YOU}|if|just)",
    'what if (?:{YOU}|we)',
    "(?:would|wouldn'?t|will) it (?:not )?(?:be|make sense|help) (?:more )?(?:better|best|easier|smarter|wiser|worth|simpler|quicker|a good idea|sensible|faster|safer|to|if {YOU})",
    "would {YOU} consider",
    "is (?:it|there) (?:not )?(?:better|worth|an option|any reason not|a reason not)",
    "do {YOU} (?:think|reckon|feel) (?:that )?(?:{YOU}|we|it) (?:should|could|ought|might want|would be (?:better|best|worth|wise|good|smart|easier))",
    "what (?:do|would) {YOU} (?:think|say|reckon|feel) (?:about|of|to) (?:(?:the idea of|maybe|just|us|perhaps)\\s+)?(?!thing|something|anything|everything|nothing|morning|meeting|feeling|evening|building|during|being|ceiling|wedding|training|nothing)\\w+ing",
    "(?:should|shall) (?:{YOU}|we) (?:not |just |maybe )",
    "is the (?:obvious|best|easiest|simplest|right) (?:answer|option|fix|solution|thing|move|way)",
    "(?:can|could) {YOU} not",
    "wouldn'?t {YOU} rather",
    "is there (?:any |a )?reason (?:{YOU}|we) (?:couldn'?t|can'?t|shouldn'?t|wouldn'?t|don'?t|didn'?t|won'?t)",
    "(?:might|would|could|will|is|isn'?t) (?:it|that) (?:not )?(?:be )?worth",
    "(?:would|could|might|will) (?:a|an|some|more|another) [\\w-]+(?: [\\w-]+)? (?:help|work|make (?:it|things) easier)",
    "(?:wdyt|what do (?:you|u) reckon) (?:about|of) (?:(?:maybe|just)\\s+)?(?!thing|something|anything|everything|nothing|morning|meeting|evening|building|being|wedding|training)\\w+ing",
  ],
  true,
);

/** Words after a leading-question cue that are not a proposal ("Why don't you tell me more?"). */
export const NOT_A_PROPOSAL = cues(['tell me', 'walk me', 'talk me', 'say more', 'share (?:more|what|how|your)', 'help me understand', '(?:we )?(?:hear|hearing) (?:your|what|how|from you|you out)', '{YOU} (?:tell|share|walk)', 'start with (?:you|your)']);

export const OPEN_START = cues(
  [
    "(?:what|how|why|where|in what way|to what extent|which of|what'?s|whats|how'?s|hows|what're|whatre|wat|wht|hw)(?! (?:time|date|day|many|much|long|often|old|far|soon)\\b)",
    'tell me', 'walk me through', 'talk me through', 'take me through', 'run me through', 'say (?:a (?:bit|little) )?more',
    'help me (?:understand|see)', 'describe', 'explain',
    "{IM} (?:just |really |genuinely )?(?:curious|wondering|interested)(?! (?:if|whether))", 'i wonder(?! (?:if|whether))',
    'curious', 'just wondering(?! (?:if|whether))',
    "{ID} (?:love|like|be (?:curious|interested)) to (?:hear|know|understand|learn)", "any (?:thoughts|ideas?)", 'thoughts',
    'ideas', 'wdyt', 'what do (?:you|u) reckon', 'imagine', 'picture', 'share (?:more|what|how|a bit)', 'fill me in on',
    "give me (?:a sense|an idea|a picture) of",
  ],
  true,
);

export const CLOSED_START = cues(
  [
    "(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|shall|may|might|must|am|isn'?t|aren'?t|wasn'?t|don'?t|didn'?t|haven'?t|hasn'?t|won'?t|wouldn'?t|r (?:u|we|they|you)|u (?:ok|okay|good|around|free|there|up|in|on|back|done|busy|sure|able))",
    '(?:who|whom|whose|when|which)',
    "(?:i wonder|{IM} (?:just |really )?wondering|{IM} curious) (?:if|whether)",
    '(?:how|what) (?:time|date|day|many|much|long|often|old|far|soon)',
  ],
  true,
);

const ADVICE_VERBS = words([
  'try', 'ask', 'consider', 'talk', 'speak', 'call', 'email', 'send', 'use', 'start', 'look', 'check', 'reach', 'get', 'set',
  'bring', 'loop', 'offer', 'go', 'pair', 'push', 'escalate', 'delay', 'split', 'cut', 'hire', 'reuse', 'write', 'give',
  'put', 'move', 'schedule', 'book', 'run', 'share', 'raise', 'suggest', 'propose', 'let', 'pull', 'drop', 'skip',
  'focus', 'block', 'make', 'do', 'flag', 'document', 'test', 'wait', 'hold', 'negotiate', 'pick', 'take', 'add',
  'apologi[sz]e', 'phone', 'ring', 'contact', 'involve', 'keep', 'invite', 'plan', 'prioriti[sz]e', 'postpone',
  'present', 'draft', 'prepare', 'stop', 'lean', 'sit down', 'spend', 'find', 'join', 'switch', 'change', 'shift',
  'create', 'build', 'list', 'write down', 'note', 'mention', 'explain', 'tell', 'remind', 'follow up', 'chat',
]);

export const ADVICE = cues([
  "{YOU} (?:really |probably |definitely |just |still |also |honestly |seriously )?(?:should(?! be (?:really |so |very )?(?:proud|pleased|chuffed|happy with))|shoud|shld|ought to|need to|needs to|have got to|'?ve got to|gotta|must(?! be| have)|had better|'?d better|better)",
  "{YOU} (?:might|may) (?:also )?(?:want|wish|like|need) to",
  "{YOUD} (?:be better off|do well to|want to|need to|be wise to)",
  "{YOU} (?:could|can) always",
  "{YOU} (?:'ll |will |may |might )?want to (?:call|ring|phone|email|send|talk|speak|ask|check|loop|start|tell|write|draft|book|set up|escalate|prioriti[sz]e|focus|push|delay|wait|hold|cut|drop|offer|try|reach out|follow up|double-check|run)",
  "(?:is|'?s|would be|will be) the (?:right|best|smart|better|safer|sensible|only) (?:call|option|move|choice|way to go|thing to do|way forward|approach)",
  `{YOU} (?:could|might) (?:(?:always|also|just|maybe|perhaps|probably|easily|even|still) ){0,2}(?:${ADVICE_VERBS})`,
  `{YOU} (?:can|could) (?:always|also|just) (?:${ADVICE_VERBS})`,
  "(?:maybe|perhaps|possibly) (?:{YOU}|we) (?:could|can|should|might|try|need|want|ought|just)",
  `(?:maybe|perhaps|possibly) (?:just )?(?:${ADVICE_VERBS}|worth)`,
  "{ID} (?:really |probably |prob |personally |definitely |honestly |actually |just )?(?:suggest|recommend|advise|propose|encourage|push|go|call|start|lean|probably|definitely|just|try|add|ask|talk|speak|email|send|use|offer|pick|choose|put|move|hold|wait|cut|drop|delay|split|re-?scope|escalate|loop|bring|get|set|focus|prioriti[sz]e|keep|take|make|tell|write|raise|give|look|check|consider|avoid|stick|reach|apologi[sz]e|run|document|block|double|hire|pair|skip|treat|frame|share|aim|follow|lead|think about|flag|plan|have|be (?!curious|interested|happy|glad|keen|grateful|surprised|worried|concerned)|do|say go|err|prefer|want to see you|rather)",
  "if i (?:were|was) (?:{YOU}|in your (?:shoes|position|place))",
  "if it (?:was|were) (?:me|up to me)",
  "my (?:suggestion|advice|recommendation|two cents|2 cents|tip|proposal|vote|preference|instinct would be|gut says)",
  "the (?:best|right|smart|obvious|easiest|simplest|quickest|safest|sensible|better) (?:option|thing|approach|way|move|bet|path|call|answer|fix|solution|course|plan|idea|choice)(?: here| now)? (?:is|would be|might be|'?s|will be)",
  "one (?:idea|option|thing (?:you|we) (?:could|might) do|approach|possibility|suggestion|thought)(?: might be| could be| would be| is|:)",
  "(?:it'?s|it is|it'?d be|it would be|it might be|it may be|it could be|it'?ll be|might be|could be|may be|that'?s) (?:probably |definitely |really |always )?(?:worth|a good idea|wise|smart|sensible|helpful|useful|better|best|important|a good plan|a good move|key|essential|vital|crucial) (?:to|\\w+ing|if {YOU}|for {YOU} to)",
  "i (?:really |honestly |personally |genuinely )?(?:think|reckon|feel|believe|guess|suppose) (?:that )?(?:{YOU}|we|the team|they|it'?s best|it would be best) (?:should|ought|need|could|must|might want|had better|'?d better|'?ve got to|have to)",
  "i (?:would |'?d |strongly |really )?(?:suggest|recommend|advise|propose|urge)",
  "i (?:want to|'?d|would) encourage {YOU}",
  "we (?:really |probably |definitely |just )?(?:should|ought to|could|might want to|need to|must|'?d better|had better|have to|gotta)",
  'why not',
  'how about',
  'consider (?:\\w+ing|a|an|the|using|asking)',
  "try (?:to|\\w+ing|it|this|that|a|an|the|talking|asking|something)",
  "(?:the|my) (?:trick|key|answer|advice) (?:is|would be) (?:to|just)",
  "what (?:{ID}|i'?d) do is",
  "a good (?:idea|option|approach|first step|place to start|move|start|way|thing|plan) (?:is|would be|might be|could be)",
  "there'?s no harm in",
  "{DONT} forget to",
  "{YOU} (?:might|may) find it (?:useful|helpful|easier)",
  "(?:what )?(?:has|have|'?s|s) worked for (?:me|others|other people|a lot of people)",
  'trust me',
  "(?<!\\b(?:we|let'?s|lets|let us) )(?:go|stick|pick) with",
]);

const IMPERATIVE_VERBS = words([
  'send', 'put', 'cancel', 'stop', 'run', 'use', 'do', 'get', 'call', 'email', 'write', 'finish', 'fix', 'move', 'book',
  'set up', 'set', 'ask', 'loop', 'escalate', 'prioriti[sz]e', 'focus', 'drop', 'hold', 'wait', 'give', 'bring', 'share',
  'update', 'check', 'double-check', 'keep', 'make', 'tell(?! me)', 'forward', 'copy', 'cc', 'add', 'remove', 'delete',
  'submit', 'schedule', 'reply', 'respond', 'contact', 'push', 'pull', 'pause', 'ship', 'deliver', 'prepare', 'draft',
  'review', 'sign', 'approve', 'reject', 'assign', 'hire', 'cut', 'change', 'rewrite', 'redo', 'clean', 'chase', 'ping',
  'let (?!me|us|\'s)', 'start', 'begin', 'complete', 'follow', 'document', 'organi[sz]e', 'print', 'file', 'close',
  'test', 'post', 'publish', 'raise', 'flag', 'report', 'apologi[sz]e', 'come', 'meet', 'avoid', 'never', 'always',
  'please', 'pls', 'plz', 'just', 'aim', 'talk to', 'speak to', 'reach out', 'plan', 'arrange', 'confirm', 'circulate',
  'phone', 'ring', 'mention', 'list', 'go (?:with|ahead and|and|back|over|through)', 'stick', 'decline', 'accept',
  'skip', 'postpone', 'delay', 'revert', 'roll back', 'escalate', 'include', 'invite', 'notify', 'inform', 'warn',
  'tidy', 'pick', 'choose', 'be (?!honest|kind)', 'get back', 'ensure', 'note', 'remember', 'leave', 'don\'?t', 'do not',
  'stay', 'finali[sz]e', 'wrap up', 'sort out', 'fill in', 'fill out', 'find', 'look into', 'handle', 'take',
  'merge', 'deploy', 'release', 'roll out', 'rerun', 're-run', 'restart', 'revert', 'pop', 'crack on', 'table', 'park',
  'bump', 'patch', 'hand', 'pass', 'escalate', 'kill', 'scrap', 'drop', 'freeze', 'lock',
]);

/** "Can you send me the deck by Friday?": a request dressed as a question is a directive. */
export const REQUEST_QUESTION = cues(
  [
    "(?:can|could|would|will) {YOU} (?:please|pls|plz|kindly)",
    // "Please, you can check the numbers?": a question that opens with "please" is a request.
    "(?:please|pls|plz)",
    "(?:would|do) {YOU} mind (?!if)\\w+ing",
    "(?:can|could|would|will) {YOU} (?:just )?make sure",
    // Any instruction verb, when a deadline or "please" says it is a request, not a question.
    `(?:can|could|would|will) {YOU} (?:just )?(?:${IMPERATIVE_VERBS})\\b.*\\b(?:please|pls|plz|asap|today|tonight|this (?:morning|afternoon|evening)|first thing|right away|now|by lunch(?:time)?)`,
    `(?:can|could|would|will) {YOU} (?:just )?(?:${IMPERATIVE_VERBS})\\b.*\\b(?:by|before|no later than) (?:eod|cob|end of|close of|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|noon|lunch|today|the end|\\d)`,
  ],
  true,
);

/** Imperatives that are not instructions: encouragement, pleasantries, invitations to talk. */
export const SOFT_IMPERATIVE = cues(
  [
    "{DONT} (?:worry|stress|panic|be (?:so )?hard on yourself|beat yourself up|apologi[sz]e|mention it)",
    'take (?:your|a|all the|some) (?:time|breath|break|moment|minute|second|care)', 'take care', 'let me know',
    'have a (?:good|great|nice|lovely)', 'keep (?:it )?up', 'see you', 'get well', 'feel free',
    'hang in there', 'trust (?:yourself|your)', 'be kind to yourself', 'just checking', 'just wanted', 'just a',
    'remember (?:when|that time|how)',
    // An offer of help, not an instruction: "Shout if you get stuck", "lmk if you need anything".
    "(?:shout|give (?:me )?a shout|ping me|lmk|let me know|message me|grab me|holler|call me|reach out) if {YOU}", 'come (?:on )?in', '(?:have|take|grab) a seat', 'make yourself at home',
  ],
  true,
);

export const IMPERATIVE_START = cues(
  [
    `(?:${IMPERATIVE_VERBS})`,
    // "You'll present it on Friday": an assignment, unless it is a prediction ("you'll be fine").
    "(?:you'?ll|you will)(?= (?!feel|be|see|find|love|like|get there|probably|need|want|know|enjoy|manage|do (?:great|fine|well)|make it|cope|figure|learn|never|always|soon|still|have))",
  ],
  true,
);

export const DIRECTIVE = cues([
  "{IM} (?:not )?(?:asking|telling) {YOU} to",
  "i (?:want|need|expect|'?d like|would like|require) (?:{YOU}|the|it|this|that|them|everyone|all|a|an|those|these|everything|him|her|every)",
  "i'?ll need (?:{YOU}|it|the|that|this)",
  "(?:{WERE}|{WELL}|we won'?t|we'?re going to|we are going to|we'?re gonna|we'?re not|we are not) (?:not )?(?:go(?:ing)? with|going ahead|sticking|stick|extending|extend|doing|going to|moving|shipping|changing|ship|pause|pausing|cancel|cancell?ing|delay|delaying|launch|launching|cut|cutting|hire|hiring|move|switch|switching|drop|dropping|keep|keeping|use|using|postpone|postponing|hold|holding)",
  "we (?:ship|stick|go|pause|launch|cancel|keep|use|move|delay|freeze|hold) (?:with|on|to|the|it|this|that|monday|tuesday|wednesday|thursday|friday|tomorrow|today|next|as)",
  "{IVE} (?:decided|made (?:the|a|my) (?:call|decision))",
  "the (?:answer|decision)(?: is|'s) (?:no|yes|final|made)",
  "here'?s what'?s (?:going to|gonna) happen",
  "(?:this|it|that|everything|the \\w+) (?:has|needs|have|need) to (?:be (?:done|finished|ready|sent|in|on)|go out|ship|happen)",
  "{YOU} (?:will|must|are going to|'?re going to|have to|'?ll have to|'?ll need to)(?! (?:feel|be|see|find|love|like|get there|probably|need|want|know|enjoy|manage|do (?:great|fine|well)|make it|cope|figure|learn))",
  'make sure',
  "{IM} (?:putting|moving|assigning|reassigning|handing|giving|passing|switching|shifting|bumping|pushing|postponing|delaying|scrapping|dropping|closing|taking {YOU} off|pulling|cancell?ing|pausing)",
  "{LETS} (?:go with|stick|pause|ship|cancel|move|use|hold|push|delay|cut|drop|keep|not|put|skip|switch|postpone|freeze)",
  'no exceptions',
  "(?:nobody|no one|no-one|nothing) (?:touches|ships|goes|gets|changes|deploys|merges|leaves|moves|talks|speaks|signs)",
  "(?:decision'?s|decision is|it'?s) (?:been )?(?:made|decided|final)",
  "(?:have|had|going) to say no",
  "that'?s what (?:{WELL}|we'?re going to|we are going to|we'?ll|we do)",
  "(?:please|pls|plz)",
  "(?:the )?plan is (?:to|that we)",
  "{LETS} (?:wait|hold off|leave it|go ahead)",
  "i (?:want|need) us to",
  "that'?s final",
  'end of discussion',
  "run (?:every|all|any|it|this|that|them|each) (?:\\w+ )?(?:past|by) me",
  '(?:run|check) (?:it|this|that|them) with me first',
]);

export const AFFIRMATION = cues([
  "(?:{THATS}|this is|what a|such a|it'?s|it was|that was|those are|these are|that'?s such|that'?s really) (?:a |an |really |very |so |such a |genuinely |super |pretty |a really |an really )*(?:smart|great|good|brilliant|excellent|fantastic|wonderful|clever|thoughtful|impressive|solid|strong|insightful|helpful|useful|sensible|creative|amazing|awesome|nice|lovely|fair|valid|huge|positive|big|important|courageous|brave|mature|honest|generous|considered|cracking|superb|outstanding|stellar|terrific|phenomenal|incredible|first-class|first-rate|top-notch|fab) (?:bit of work|piece of work|way|idea|point|question|thinking|insight|observation|catch|call|start|step|move|plan|work|job|effort|progress|achievement|thing|approach|instinct|spot|suggestion|decision|choice|change|shift|improvement|thought|one|list|outcome|result|reflection|commitment|accomplishment|first step)",
  "(?:{THATS}|that was) (?:really |so |very |pretty )?(?:smart|great|brilliant|excellent|fantastic|wonderful|clever|thoughtful|impressive|insightful|helpful|awesome|amazing|courageous|brave|mature|generous|spot on|a great|a good|progress|huge|big)",
  "(?:good|great|nice|excellent|brilliant|fantastic|smart|solid|clever|awesome|lovely|terrific) (?:thinking|idea|point|question|call|work|job|catch|stuff|effort|spot|one|move|progress|start|instinct|thought|going|plan|list|insight)",
  "well done|nice one|good on (?:you|ya)|good for you|kudos|bravo|congrats|congratulations|nicely done|great stuff|hats off|props to (?:you|u)",
  "(?:thanks|thank you|thank u|thx|ty|cheers) (?:so much |very much |a lot |again )?for",
  "i (?:really |truly |genuinely |do )?(?:appreciate|value|admire|respect|love (?:that|how|the way|your)|like (?:that|how|the way|your))",
  "{IM} (?:really |so |very |genuinely )?(?:impressed|proud|glad you|pleased you|grateful|thankful|happy you)",
  "{YOU} (?:'?ve |have )?(?:really |clearly |obviously )?(?:handled|did|done|managed|dealt|worked|thought|put|made|showed|shown|came|come|stepped|pulled|nailed|stuck)\\b[^.?!]{0,50}\\b(?:well|great|brilliant|amazing|really hard|so hard|a lot of|thoughtful|nicely|fantastic|carefully|courage|effort|thought|progress|first step|a big step)",
  "(?:that|it|this) (?:took|takes) (?:a lot of |real |some )?(?:courage|guts|real|a lot|bravery|nerve|strength)",
  "(?:is|was|'?s) (?:a |an )?(?:real |huge |big |great |genuine |massive |proper )?(?:achievement|accomplishment|milestone)",
  "(?:{IM} |^)(?:really |so |very |genuinely )?(?:pleased|impressed|proud|chuffed) (?:with|of|by) (?:how |what |the way )?(?:{YOU}|your)",
  "{YOU} did (?:the right thing|(?:really |so )?(?:well|great|brilliantly)|a (?:great|brilliant|fantastic|good) job)",
  "i can (?:see|tell) (?:how much |that |how hard )?{YOU} (?:care|'?ve|have|put|worked|tried|really)",
  "{YOU} (?:clearly|really|obviously) know (?:your|this|the|what)",
  "{YOUVE} (?:really |clearly |obviously )?(?:grown|improved|come on|developed|progressed|stepped up|matured)",
  "(?:it'?s|that'?s|it is) (?:really |so |very )?(?:great|good|wonderful|brilliant|fantastic|impressive|encouraging) (?:that|to see|how) {YOU}",
  "{YOURE} the expert",
  "{YOU} should be (?:really |so |very )?(?:proud|pleased)",
  "{YOURE} (?:clearly |really |obviously |absolutely |so |very )?(?:right|good at|great at|a natural|doing (?:great|well|a great job|really well|good|the right thing|amazing)|making (?:great|good|real) progress|on the right track|onto something|resourceful|thoughtful|capable|committed|determined|strong|brave|talented|dedicated|persistent|an asset|someone who)",
  "(?:it'?s|that'?s) (?:clear|obvious) (?:that )?{YOU} (?:care|'?ve|have|put|worked|thought|really)",
  "{YOU} (?:clearly|really|obviously|genuinely) (?:care|know your|understand|thought|put|want the best)",
  "{YOUVE} (?:clearly |really |obviously )?(?:got|done|put|thought|made|been working|come) (?:a lot(?! (?:on|going|to (?:deal|do|juggle|handle|think|carry|take))\\b)|some|real|great|good|hard|so far|a long way)",
  "{YOUVE} (?:already )?(?:made|taken) (?:a |the |some )?(?:big |huge |great |good |real |first )?(?:step|steps|progress|effort|change|changes)",
]);

export const REFLECTION = cues([
  "(?:it |that |this )?(?:sounds|seems|looks|feels) (?:to me )?(?:like|as if|as though)",
  "(?:it|that) (?:seems|sounds)(?! (?:good|great|fine|ok|okay|right|perfect|lovely|like a plan|about right)\\b)",
  "(?:it |that |this )?(?:sounds|seems|must be|must have been|'?s been|has been|feels|is|was|can be|gets) (?:really |very |so |pretty |quite |a bit |incredibly |super |kind of |kinda |a little )?(?:hard|tough|difficult|frustrating|stressful|rough|exhausting|overwhelming|painful|scary|upsetting|confusing|a lot|challenging|lonely|disappointing|unfair|discouraging|annoying|worrying|tiring|draining|a rough|a tough|a hard|a difficult|a big deal|important to you|weighing|heavy|tricky|awkward|uncomfortable|a worry|a struggle|a lot to|hard on you|unsettling|demoralising|demoralizing|infuriating|nerve-wracking)",
  "{YOU} (?:really |still |also |kind of |kinda |sort of )?(?:seem|sound|feel|felt|wish|hope|worry|worried|fear|care|want(?! to (?:try|use|send))|wanted|'?d like|would like|'?d prefer|would prefer|'?d rather|would rather|don'?t (?:know|want|think|feel|see|like|believe|trust|have)|didn'?t (?:expect|want|know|like|think)|can'?t (?:see|tell|decide|figure|stand|believe)|haven'?t|mentioned|said|told me|think|believe|see|find|found|know|knew|love|like|enjoy|hate|miss|need(?! to)|value|noticed|realised|realized|got|get|have(?! to)|had|tried|went|came|did|were|was|deserve|expected|agreed|decided|suspect|doubt|struggle|keep|can|got|put)",
  "{YOURE} (?:really |still |also |quite |a bit |kind of |kinda |sort of |pretty |clearly |not )?(?:worried|frustrated|anxious|concerned|upset|stuck|torn|afraid|scared|nervous|tired|exhausted|angry|annoyed|disappointed|unsure|uncertain|overwhelmed|excited|keen|hoping|wondering|thinking|saying|telling me|feeling|struggling|trying|caught|in a|between|not|sure|certain|convinced|happy|ready|ambivalent|confused|proud|relieved|hurt|embarrassed|ashamed|fed up|sick of|done with|finding|looking|considering|weighing|facing|dealing|juggling|carrying|doing|getting|seeing|left|on|the one|someone|a person|pretty|quite|ok|okay|fine|good|comfortable|uncomfortable|used to|worried|reluctant|hesitant|open|willing|determined|motivated|committed|interested|curious|surprised|stressed|swamped|stretched|busy|behind|ahead|close|at|in|up|out|down|over|under|more|less|already|also|still|now|starting|beginning|going through|having|feeling)",
  "{YOUVE} (?:been|got|had|tried|done|made|thought|noticed|seen|found|decided|spent|put|started|stopped|cut|managed|already|never|always|come|gone|felt|lost|learned|learnt|realised|realized)",
  "{YOUD} (?:like|prefer|rather|love|want|hoped|thought|hate|be)",
  "what i'?m hearing",
  "if i'?m hearing (?:you|this|that)",
  "let me (?:check|see if|make sure) (?:that )?i(?:'?ve| have)? (?:got|understand|heard|understood)",
  'part of (?:you|u)',
  'on (?:the )?one hand',
  '(?:weighing|playing|preying) on (?:you|your mind)',
  "{YOURE} saying",
  'in other words',
  "(?:{THATS}|{ITS}|that'?s been|it'?s been) (?:really |so |quite |a bit |such )?(?:a lot|hard|tough|difficult|rough|a lot to (?:juggle|carry|deal with|take in|handle))",
  "(?:is|are|was|were|has been|have been|'?s been) (?:the |really |so |pretty |quite )?(?:hardest|toughest|worst|trickiest|scariest|relentless|brutal|exhausting|overwhelming|a struggle|too much)",
  "feels? (?:like )?(?:too much|a lot|overwhelming|impossible|out of reach|like a)",
  "must have (?:been|felt|hurt|stung|knocked|shaken|come as)",
  "(?:at|reached|near) (?:breaking point|the end of (?:your|their) tether|rock bottom)",
  "(?:has|have|'?s) been (?:impossible|a nightmare|a battle|a slog|relentless|non-stop)",
  "so (?:we'?re|we are) (?:agreed|saying|clear)",
  'if i understand (?:you|this|that|correctly)',
  "what {YOURE} (?:saying|describing|telling me)",
  '{YOUR} (?:worry|concern|fear|sense|feeling|frustration|hope|goal|priority|main|biggest|real|own|gut|instinct|wife|husband|partner|doctor|family|kids|children|boss|team|manager|mum|mom|dad|friends|health|job|work)',
  'so (?:you|u|your|it|the|what|that|part|this|basically|essentially|for you|they|there|on one)',
  'it (?:feels|seems|sounds) (?:like|as if|as though)',
  'for (?:you|u),',
  "(?:things|it|that|this) (?:{YOU} )?(?:matters?|means) (?:a lot |so much )?to {YOU}",
  "(?:{YOU}|it) (?:kind of |sort of )?(?:feels?|seems?) (?:that|like)",
]);

export const INFORMATION = cues([
  'in my (?:experience|view|opinion)',
  "when i (?:was|started|ran|had|joined|first)",
  "[\\w-]+ (?:can|could|may|might|will|tends? to|often) (?:cause|lead to|increase|interfere|reduce|affect|damage|raise|lower|improve|harm|trigger|worsen|make)",
  "i (?:had|went through|faced|used to|remember|once|saw|'?ve seen|have seen|found that|learned|learnt|ran|managed|worked)",
  "(?:research|studies|evidence|data|the data|the research|the evidence|the policy|policy|the rules?|the contract|guidelines?|the guidelines|science|experts|doctors) (?:shows?|says?|suggests?|indicates?|requires?|states?|tells? us|recommends?|are clear)",
  "(?:most|many|some|a lot of|lots of|plenty of) (?:people|teams|managers|clients|customers|folks|patients|companies|of my clients|of the people)",
  "(?:{YOURE}|{YOU} are|{YOUR} \\w+ (?:is|are)) (?:entitled|eligible|required|allowed|due|scheduled|booked)",
  "{YOUR} [\\w-]+(?: [\\w-]+)? (?:says?|states?|shows?|came back|runs? out|expires?|is due|starts?|ends?)",
  // General claims about how things are (not about this person): causes, risks, likelihoods.
  "(?:raises?|doubles?|triples?|halves?|increases?|reduces?|lowers?|cuts?) (?:the |your |their |his |her |a |an )?(?:[\\w-]+ )?(?:risk|chances?|odds|likelihood)",
  "(?:twice|three times|\\w+ times|more|less) (?:as )?likely",
  "(?:doesn'?t|don'?t|won'?t|can'?t) (?:always |usually |often |necessarily )?(?:cause|lead to|show up|mean)",
  "(?:comes?|stems?) from",
  "(?:people|folks|anyone|those) who",
  "no matter what",
  'usually', 'typically', 'generally', 'for example', 'on average', 'statistically', 'per cent', 'percent',
  "there (?:are|is) (?:a few|several|some|many|lots of|a number of|different|two|three) (?:options|ways|things|approaches|resources|programs|programmes|services)",
  "(?:it|that|this) (?:can|could|may|might|will|would|tends to) (?:cause|lead|increase|reduce|help|affect|make|damage|raise|lower|improve)",
]);

export const OTHER = cues(
  [
    'hi', 'hello', 'hey', 'morning', 'good luck', 'best of luck', 'all the best', "how'?s it going", "how are (?:you|u|things)(?: doing)?(?= *[?!.]*$)", 'nice to meet you',
    "{LETS} (?:take (?:five|ten|a (?:break|breather|minute|moment))|come back|break|reconvene|regroup|pick (?:this|it) up)", 'brb', 'lol', 'haha', 'ta', 'bye', 'see ya', 'good (?:morning|afternoon|evening)', 'thanks', 'thank you', 'thank u', 'thx', 'cheers',
    'bye', 'see you', 'take care', 'have a (?:good|great|nice|lovely)', 'sorry', 'no problem', 'no worries',
    "{YOURE} welcome", 'welcome', 'nice to', '(?:good|great|lovely) to (?:see|hear|meet|catch)',
    "{LETS} (?:grab|get started|start|begin|meet|catch up|talk|chat|discuss|look at|go through|take a look|get going|dive in|jump in|reconvene|see|spend|come back|think about|move on|focus on|review|pick this up|pause here|stop here|wrap up|take a (?:step|minute|moment|break))",
    "{ILL} (?:be|see you|send you|check in|catch you|talk to you|get back to you|follow up|let you know|book|set up|put (?:it|a|something) in|make (?:a|some) (?:note|time))",
    'i (?:see|understand|get it|hear you)', 'fair enough', 'got it', 'understood', 'of course', 'absolutely',
    'makes sense', 'that makes sense', 'anyway', 'moving on', 'one (?:sec|second|moment|minute)', 'hang on', 'hold on',
    "{IM} (?:sorry|running|late|back|here|listening|happy to help|glad|all ears|with you|not sure|around|free|off)",
    "(?:can|could) {YOU} hear me", "how (?:are|r) {YOU}",
  ],
  true,
);

/** A minimal encourager invites the other person to go on: an open question (RUBRIC.md: "Tell me more"). */
export const ENCOURAGER =
  /^(?:(?:uh-?huh|mm-?hm+|mhm|mm+|yeah|yes|right|okay|ok|sure)[\s,.!-]+)*(?:(?:and )?(?:go on|keep going|carry on|continue|tell me more|say more|and then|then what|what else)(?:[\s,.!?-]+(?:i'?m listening|i'?m all ears|please|go on|tell me more|keep going))*[\s,.!?-]*)$/;

/**
 * Openers that check the leader has understood: what follows is a summary (a reflection), whatever
 * cue words it quotes ("Let me see if I've got this", "If I'm hearing you right, ...").
 */
export const UNDERSTANDING_CHECK =
  /^(?:(?:let me|can i|could i|i (?:just )?(?:want|wanted) to|just to) (?:just )?(?:see if|check(?: if| that| whether)?|make sure|be sure)(?: that)? i(?:'?ve| have|'?m| am)? (?:got|get|understand|understood|heard|hearing|follow)|if i'?(?:ve| have| am|m)? (?:got|understood|understand|heard|hearing) (?:you|this|that|that right|correctly|right)|(?:so )?if i'?m hearing|(?:so )?what i'?m hearing|to (?:sum|summari[sz]e)|(?:so )?in summary|let me (?:sum|summari[sz]e|recap))/;

/** The leader's perception of the other's state: "I can hear how tired you are", "I get the sense you feel let down". */
export const PERCEPTION_FRAME =
  /^i (?:can |could )?(?:really )?(?:hear|see|sense|tell|imagine|get the (?:sense|feeling|impression)|notice|picture)\b/;

/** Openers that announce information: "Just so you know, ...", "Since you asked, ...". */
export const INFO_OPENER =
  /^(?:just )?(?:so (?:you know|you'?re aware|you are aware)|(?:since|as) (?:you|u) (?:asked|mentioned it)|for (?:your|the) (?:information|record|awareness)|fyi|heads[- ]up|for context|to be clear)[\s,:;\u2014\u2013-]+/;

/** A sentence that reports the other person's own plan or decision: "So you've decided to try the patch". */
export const REPORTED_MIND =
  /^(?:so |and )?(?:you'?ve|you have) (?:decided|chosen|made up your mind|settled on|committed)|^(?:so |and )?(?:you'?re|you are) (?:planning|thinking of|thinking about|hoping|considering|set on|leaning)|^(?:so |and )?(?:you|u) (?:plan|intend|decided|chose|reckon you'?ll|think you'?ll)\b/;

/**
 * A yes/no question proposing what someone other than the speaker does: "Should we delay the
 * launch?", "Shall we just bin it?", "Could we loop in legal?". The subject is "we" (or "someone",
 * see REQUEST_SOMEONE); what follows is tested by TALK_NOT_ACTION so "Could we talk about it?" stays a question.
 */
export const PROPOSAL_QUESTION = /^(?:should|shall|could|can|might|would) we\b/;

/** "can someone own the notes?": a request to the room. */
export const REQUEST_SOMEONE = /^(?:can|could|would|will) (?:someone|somebody|anyone|anybody|one of (?:you|us)|the team|you guys|you all|y'?all)\b/;

/** "Could you/Would you be able to chase the invoice?": asking for an action is a request. */
export const REQUEST_ABLE = /^(?:would|could|can|will) (?:you|u) (?:be able to|manage to|get round to|have time to) /;

/** After "we"/a name: verbs of talking or meeting, which propose a conversation rather than a solution. */
export const TALK_NOT_ACTION =
  /^[\s,]*(?:(?:just|maybe|perhaps|um+|uh+|er+|quickly|briefly)[\s,]+)*(?:talk|discuss|explore|think|unpack|look at|start|begin|get started|spend|come back|revisit|go (?:back|through|over)|hear|say|chat|pause|take a (?:minute|moment|break|step)|meet|agree|decide|sit|step back|be|have|do that|stop here)\b/;

/** "Isn't that the vendor's job?": a negative yes/no question that states whose job or what should be. */
export const NEGATIVE_PROPOSAL = /^(?:isn'?t|aren'?t|wasn'?t) (?:it|that|this|there|the|they)\b[^?]{0,60}\b(?:should|job|responsibility|supposed to|meant to|ought to|better|easier)\b/;

/** A menu of what other people do ("Some people X, others Y"): advice, however it is framed. */
export const ADVICE_MENU = /^(?:some|many|a lot of|lots of|plenty of) [a-z'-]+ [^.?!]{0,120}[,;] (?:and |while |whereas )?(?:others|some)\b/;
