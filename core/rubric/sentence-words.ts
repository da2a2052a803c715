// What a sentence's words say about who and what it is about: the word classes the classifier's
// rules test (who is speaking of whom, states and feelings, figures, general subjects, modals).

import { list, words } from './pattern';
import { FIGURES } from './text';

export const SECOND_PERSON = /\b(?:you|your|you're|youre|yourself|u|ur)\b/;
/** Their situation as the subject ("Which leaves you wondering ...", "That must make you feel ..."): what it does to them is theirs. */
export const SITUATION_SUBJECT = /^(?:(?:and|but|so|oh)[\s,]+)?(?:which|that|it|this|all (?:of )?(?:this|that)|the whole thing)\b/;
/** "You" itself, not "your": where it stands tells whether they act or are acted on ("your clients need you"). */
export const YOU_PRONOUN = /\b(?:you|u)\b(?!')/;
export const FIRST_PERSON_START = /^(?:i|i'm|i've|i'd|i'll|im|my|we|we're|we've|our)\b/;
/** The leader speaking of their own world ("I", "we", "our team"): information, not a reflection. */
export const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|im|ive|my|me|mine|we|we're|we've|we'll|our|ours|us)\b/;
/** Facts that are nobody's feelings: figures, dates, amounts. */
/** Spoken transcripts spell figures out ("one fifty over ninety", "a score of nineteen"). */
export const SPOKEN_FIGURE = /\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:out of|point) \w+|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b/;
const FACT_WORDS = String.raw`\b(?:per ?cent|percent|monday|tuesday|wednesday|thursday|friday|january|february|march|april|june|july|august|september|october|november|december|budget|policy|contract|invoice|deadline is)\b`;
/**
 * A service or place of help named ("a debt charity", "their helpline", "r/stopdrinking", "Samaritans"): praise of it
 * recommends it ("Samaritans are amazing, they're open all night"), which informs; it does not affirm the person.
 */
export const RESOURCE = /\b(?:charity|charities|helpline|hotline|crisis line|text line|website|app|subreddit|forum|support group|service|clinic|organi[sz]ation|podcast|samaritans|citizens advice|[a-z']+ (?:society|trust|foundation))\b|\br\/[a-z]/;
export const FACTUAL = new RegExp(String.raw`\d|` + FACT_WORDS);
/** Each figure (whole: "2019", "3.5") or fact word of a sentence, to ask whether their turn said it. */
export const FACTS = new RegExp(FIGURES.source + '|' + FACT_WORDS, 'g');
/** Words for states and feelings: a statement using them about the other person reads as a reflection. */
export const STATE_WORDS = /\b(?:feel\w*|felt|worr\w+|scar\w+|afraid|anxious|stress\w*|tired|exhaust\w+|frustrat\w+|angry|anger|sadness|upset|hurt\w*|stung|discourag\w+|disappoint\w+|low|stuck|torn|guilt\w*|ashamed|embarrass\w+|lonely|proud|relie\w+|hope\w*|want\w*|wish\w*|miss\w*|care\w*|matters?|means?|hard(?:er|est)?|tough(?:er|est)?|struggl\w+|cop\w+|juggl\w+|overwhelm\w*|sick of|fed up|dread\w*|griev\w+|gutted|devastated|terrified|furious|resent\w*|regret\w*|heartbroken|drained|numb|(?<!blood )pressure|weigh\w*)\b/;
/**
 * A statement that opens with a clause of time, place or manner, its subject straight after the wh-word:
 * "when i was out of work i ...", "where I grew up ...", "how i got through it was ...". A question puts a
 * verb there ("when did you ..."); typed without its mark, such a statement read as one.
 */
export const WH_CLAUSE_START = /^(?:when|whenever|where|wherever|how) (?:i|we|my|our|he|she|they|his|her|their)\b(?! (?:at|going|headed|up to)\b)/;
/** A wh-question after an opening clause: "If you could change one thing, what would it be?" */
export const WH_CLAUSE = /[,;:]\s*(?:and |so |then )?(?:what|how|why|where|which)\b/;
/** "Is that something you'd want to...?": asks about what the other person raised, proposes nothing new. */
export const ABOUT_THEIR_TOPIC = /^(?:is|was|would|could) (?:that|this|it) (?:something|anything|an area|a thing|what)\b/;
/** A capitalised name or title before a comma: "Sam, ..." (checked on the original text). */
export const VOCATIVE = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+/;
/** Openers that make an open-start statement an invitation to talk: "Tell me more." */
export const INVITATION_START = /^(?:tell (?:me|us)|walk me|talk me|take me|run me|say|help me|describe|explain|i'?m curious|i wonder|i'?d (?:really |genuinely )?(?:love|like|be interested)|i (?:kind of |sort of |really |just |genuinely |honestly )*(?:want|wanted|need) to|any|thoughts|ideas|imagine|picture|share|fill me|give me)/;
/** Sentences about the other person ("So you...", "It sounds...", "Your..."): read for a reflection first. */
export const ABOUT_THEM_START = /^(?:so\b|it sounds|sounds|it seems|seems|you|u\b|ur\b|your)/;
/** A suggestion straight after "if" states a condition ("What happens if we should slip?"), not a proposal. */
export const IF_BEFORE = /\bif $/;
/** A modal then a capitalised name, in the original text: "Could Marco pick that up?" (the name is group 1). */
export const MODAL_NAME = /^(?:[Cc]ould|[Cc]an|[Ss]hould|[Mm]ight|[Ww]ould) ([A-Z][a-z]+)\b/;

/** A reflection cue that starts with a verb ("is tough", "can be hard") needs the other person's situation as its subject. */
export const COPULA_START = /^(?:is|are|was|were|'s|has|have|can|could|gets?|feels?)\b/;
export const THEIR_SITUATION_BEFORE = /(?:^|\b(?:it|that|this|which|things|everything|all (?:of )?(?:that|this)|so|sounds|seems|must|you|u|you'?re|you'?ve|oh|wow|gosh|god|ugh))[\s,]*$/;
/**
 * Words straight before "you" that make it someone who might feel or want, not someone who does: a condition ("if you
 * want ...", but not "I wonder if you ..."), or the object of something else's doing or wanting ("breaks make you feel",
 * "clients want you to ..."). Present forms only: what has happened to them ("those shifts have left you exhausted",
 * "he made you feel small") is theirs. Such a "you" is no evidence of their experience, for a reflection cue or a statement about them.
 */
export const YOU_AS_OBJECT_BEFORE = /(?:(?<!\b(?:wonder|wondering|see|know|ask|asking|check|sure) )\bif|\b(?:unless|whenever|make|makes|making|let|lets|help|helps|leave|leaves|leaving|get|gets|want|wants|need|needs|expect|expects|ask|asks|tell|tells|sort|give|gives|keep|keeps|hit|hits|drive|drives|respect|respects|take|takes|love|loves|support|supports|treat|treats|pay|pays))[\s,]*$/;
/** The leader's own opinion or guess, anywhere in the sentence: "I guess", "I reckon", "I'd say", "I think". */
export const LEADER_VIEW = /\bi (?:guess|reckon|suppose|think|believe|bet|imagine|'?d say|would say|'?m (?:fairly |pretty |quite )?(?:sure|certain))\b|\bi'd say\b/;
/** A possibility, prediction, obligation or condition: "you can book it", "you will find a way", "if you ...". */
export const MODAL_OR_CONDITION = /\b(?:can|could|will|would|should|might|may|must|need to|needs to|have to|has to|ought|gonna|going to|if|unless)\b|'ll\b|'d\b/;
/** A prediction, supposition or condition: new content, not their words given back. */
export const NOT_A_RESTATEMENT = /\b(?:will|would|should|ought|gonna|going to|if|unless)\b|'ll\b/;
/**
 * Something they can do, offered for a time or condition ("You can ring me whenever you're stuck", "You
 * could call the helpline any time you feel unsafe"): the state in that clause is when to do it, not their
 * experience given back. Not "you can't" (theirs), nor "you can tell", "you might be" (perceived,
 * tentative), nor what they can do with no such clause ("You can do it for a couple of weeks": theirs).
 */
export const POSSIBILITY_OFFERED =
  /^(?:(?:and|so|but|okay|ok|well|also|remember)[\s,]+)?(?:you|u) (?:can|could|may|might)(?: (?:always|just|also|still|even|then|totally|definitely))* (?!(?:tell|see|hear|feel|sense|imagine|understand|relate|guess|say|be)\b)[a-z][^.!?]*? (?:any ?time|whenever|every time|when|if|once|in case|as soon as) /;
/** Extended to everyone ("a strange week for everyone"): a general claim, not their situation given back. */
export const FOR_EVERYONE = /\b(?:for|to|on) (?:everyone|everybody|all of us|us all|anyone|most people)\b/;
/**
 * Subjects of general truths rather than of this person's situation: "People were born that way", "There is no failure",
 * and a gerund in the present ("Moving house takes it out of anyone"; "Being left out stung" and "Speaking up rattles you" are their situation).
 */
export const GENERAL_SUBJECT = /^(?:(?:and|but|so|well|yes|yeah)[\s,]+)?(?:people|everyone|everybody|anyone|anybody|nobody|no one|life|there (?:is|are|'s)|something|nothing|each|every|happy|merry|most|many|some people|we all|they|he|she)\b|^(?:(?:and|but|so|well|yes|yeah)[\s,]+)?(?!(?:thing|nothing|something|anything|everything|morning|evening|spring|during|bring|king|ring|sing|string|ceiling|building|meeting|feeling|wedding|ping)\b)[a-z]+ing\b(?![^.!?]*\b(?:has been|have been|had been|was|were|did|didn't|you|your|u)\b)(?=[^.!?]*\b(?:is|are|can|always|often|usually|never|anyone|everyone|everybody|people)\b)/;
/** What has been happening, in the perfect or past: specific to the situation, not a general truth. */
export const WHAT_HAS_BEEN = /\b(?:has|have|'s|had) been\b|\b(?:was|were|got|kept|went|came|left|took|did|didn't|wasn't|weren't)\b/;
/** "Maybe a new project?": a tentative suggestion, unless it speculates about someone else ("Maybe they will ...?"). */
export const TENTATIVE_SUGGESTION = /^(?:or |and )?(?:maybe|perhaps|possibly)\b,?(?! (?:they|he|she|it|that|this|there|i|we)\b)/;
/** A question that starts after an opening clause and a comma: ", do you ...?", ", have you ...?", ", what ...?". */
export const LATE_QUESTION =
  /[,;:]\s*(?:and |so |but |then |or )?(?=(?:do|does|did|have|has|had|is|are|was|were|can|could|will|would|should|what|whats|how|hows|why|where|wheres|which|who|whos|when|any)\b)/;
/** "do you have any support" is a question typed without its mark, though "do" can open an instruction. */
export const AUXILIARY_THEN_SUBJECT = /^(?:do(?! (?:it|that|this)\b)|does|did|have|has|is|are|can|could|will|would|should) (?:you|u|they|we|he|she|i|it|your|ur|anyone|someone)\b/;
/**
 * What a statement can inform about: figures and dates (FACTUAL's words), what exists, a thing or a
 * body that acts ("the board", "our churn"), a time, the leader's view or experience, a heads-up.
 * A statement with none of these is a remark, not information.
 */
export const CONTENT =
  /\d|\b(?:there (?:is|are|was|were|'s|will|might|may|could)|theres|the|our|their|his|her|its|this \w+ (?:is|was|has|will)|these|those|a|an|some|any|per ?cent|percent|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|budget|policy|contract|deadline|yesterday|today|tomorrow|tonight|week|month|year|quarter|ago|since|until|already|still|i think|i believe|i reckon|i suspect|i guess|i feel like|i found|i was|i used|i've seen|ive seen|i have seen|i had|i worked|i tried|i read|i heard|personally|apparently|fyi|heads up|btw|just so you know|worry|concern\w*|my|we|we're|we've|we'll|us|people|folks|everyone|everybody|most|many|often|usually|research|studies|(?:you|u) can|(?:you|u) could|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million)\b/;
/** A capitalised word after the first character (read on the original text): a name, a team, a product. "I" alone is not one. */
export const NAMED = /\b(?!I\b|I'|OK\b)[A-Z][a-zA-Z]/;
/** Openings of a short verbless reflection: "Another late one", "Still no word from them", "A lot on your plate". */
export const REFLECTIVE_FRAGMENT =
  /^(?:(?:and|but|so|oh|ah)[\s,]+)?(?:another|yet another|always the|still no|still not|no (?:sign|word|end|let-up|break|wonder)|all that|all those|so much|too much|quite a|such a|a lot (?:on|of)|not (?:the|an?|exactly|much)|never (?:a|an|the|enough)|three|four|five|six|two|weeks|months|years|days) /;
/**
 * A guess about someone else, not their meaning given back: a third person as subject ("she", "they",
 * "the coach") with a modal or a hedge ("She might be feeling overwhelmed too", "The coach could help you").
 */
export const OTHERS_START =
  /^(?:(?:and|but|so|well|maybe|perhaps|probably|deep down)[\s,]+)*(?:(?:he|she|they)(?:'?(?:ll|s|re|d))?|his|her|their|(?:the|a|your|ur) (?:coach|team|manager|boss|client|therapist|doctor|mentor|lead|board|hr|family|parents|partner|kids|friends?|staff))\b/;
/** Someone other than the two of them as the sentence's subject ("The client still wants ..."): its head word is the group. */
export const SOMEONE_ELSE_START =
  /^(?:(?:and|but|so|well|also|still)[\s,]+)?(?:the|a|an) (?:new )?(client|customer|vendor|supplier|manager|boss|director|board|team|ceo|cfo|auditor|regulator|landlord|council|school|teacher|doctor|hr|finance|legal|agency|contractor|recruiter)s?\b/;
export const SPECULATION = /\b(?:can|could|will|would|should|might|may|must|'ll|'d|maybe|perhaps|probably|likely|i bet|i guess)\b/;
/** A name owning something at the start of a sentence (original text): "Priya's team owns onboarding now". */
export const NAME_OWNS =
  /^(?!(?:That|It|What|There|Here|He|She|Who|Where|How|Let|This|Life|Today|(?:Every|No|Some)(?:one|body|thing))'s)[A-Z][a-z]+'s\b/;

/** A reflection frame with no subject of its own ("sounds like ..."): a noun before it is whose view it is. */
export const THIRD_PARTY_FRAME = /^(?:sounds|seems|looks|feels) /;
/** Someone else as that subject: "your landlord", "the manager", "she" (not "everything", "life"). */
export const THIRD_PARTY_SUBJECT = /(?:\b(?:your|ur|the|his|her|their|our|my) [\w'-]+|\b(?:he|she|they|he'?s|she'?s))\s*$/;
/** A menu that ends by asking which ("..., the sleep or the money, where would you like to start?"): agenda-setting, no suggestion. */
export const ENDS_ASKING_WHICH = /[,;:\u2014\x97\u2013\x96-]\s*(?:so |and )?(?:what|where|which|how) [^,;:\u2014\x97\u2013\x96]*\?[\s"')\]]*$/;
/**
 * A question transcribed without its mark (tested only when the sentence has no final stop): a
 * wh-question or an auxiliary before its subject after a dash, comma or opening phrase ("... - how
 * did that go", "and since the move has anyone called"), a trailing "or", "any questions", "since when", a scaling
 * question ("on a scale of 0 to 10, how ..."), and a
 * question tag after a comma ("..., isn't it", "..., right"). Not "which" before a copula ("..., which is the
 * good news"): there it opens a relative clause.
 */
export const SPOKEN_QUESTION =
  /(?:\s[-\u2013\x96\u2014\x97]+\s*|,\s*)(?:and |so |but )?(?:(?:how|what|why|where|when|who)(?:'?s| is| are| was| were| do| does| did| has| have| had| can| could| would| will| should)\b|(?:what|who) (?:happened|changed|went on|went wrong)\b(?! (?:was|is|were|next was)\b)|which(?: do| does| did| can| could| would| will| should)\b|(?:is|are|was|were|do|does|did|has|have|can|could|will|would) (?:you|u|that|this|it|there|anyone|anything|he|she|they)\b)[^,\u2013\x96\u2014\x97]*$|^(?:and |so |but )?(?:since|after|before|during|over|in|on|with) [\w' ]{1,30}? (?:has|have|did|does|do|is|are|was|were|can|could|will|would) (?:anyone|anybody|anything|there|you|u|he|she|they|it)\b|(?:,\s*|\s)or\s*$|^any (?:questions|concerns|worries)\b|^(?:and |so |okay,? |ok,? |right,? )?anything else\b(?! (?:is|was|would|will|can|could|might|should|matters|counts|aside|apart)\b|'s\b)|^since when\b|\bon a scale (?:of|from)\b|,\s*(?:right|isn'?t (?:it|that|she|he)|aren'?t (?:you|they|we)|don'?t (?:you|they|we)|doesn'?t (?:it|that|she|he)|wasn'?t (?:it|that)|weren'?t (?:you|they)|didn'?t (?:you|it|they)|wouldn'?t (?:you|it|they)|haven'?t (?:you|they)|hasn'?t (?:it|she|he)|won'?t (?:you|it|they)|can'?t (?:you|they)|yeah|eh)\s*$/;
/** An exclamation, not a question: "What a beautiful tribute to your grandad", "oh, what a year". Not "what a lot of people do is ...". */
export const EXCLAMATION = /^(?:(?:oh|wow|ah|aw+|gosh|god|man|ugh)[\s,!]+)*what an? (?!(?:lot|few|couple|bit|number)\b)[a-z]/;

/**
 * A statement that opens with "what" ("what helped me was ...", "what you're describing is ...", "what
 * I'll do is ..."): a clause then its copula. Not when the copula has a subject of its own before or
 * after it ("what made you think it was ...", "what outcome are you hoping for" ask).
 */
export const WH_CLEFT =
  /^what (?!(?:do|does|did|would|could|can|will|is|was|are|were|has|have|had|should|might|may|must|else|about|if|kind|sort|type)\b)(?:[\w']+ ){1,5}?(?<!\b(?:it|that|this|he|she|they|there|what) )(?:was|is|are|were)\b(?! (?:you|u|they|we|he|she|it|i|there)\b)/;
/** What causes what, or what a habit does to health or risk: "made worse by", "the main thing driving this", "puts you at higher risk", "good for your back", "some people find". */
export const EFFECT_CLAIM =
  /\b(?:(?:made worse|caused|driven|triggered|fuell?ed|worsened|aggravated) (?:mostly |mainly |largely |partly )?by|the (?:main |biggest |real |underlying )?(?:single )?(?:thing|reason|cause|factor|driver) (?:driving|causing|behind|pushing)|(?:at (?:a )?)?(?:higher|greater|increased|bigger|raised|much higher) risks?(?! of (?:you|u)\b)|(?:raises?|increases?|doubles?|lowers?|reduces?|cuts?) (?:the|your|their) (?:risk|chances?|odds)|(?:is|are|been|was|were) (?:closely |strongly )?linked (?:to|with)|(?:good|bad|great) for (?:your|the|their) (?:heart|health|lungs|liver|blood pressure|sleep|mood|back|knees|joints|teeth|skin|weight|brain|mental health)|(?:some|many|plenty of|loads of) people find)\b/;
/** What "you often ..." may go on to say of their own experience (GENERAL_EXPLANATION). */
const THEIR_FEELING_VERBS = '(?:feel|felt|worry|worried|wonder|wondered|want|wanted|wish|miss|hate|end up feeling)';
/**
 * An explanation of how things are, or a third party's report, after "so" ("so the statins often cause aches",
 * "so the school says ..."): information, not their words given back. Their own habit of feeling ("so you often
 * feel left out", "you usually worry") is no explanation: it is theirs.
 */
export const GENERAL_EXPLANATION = new RegExp(
  String.raw`\b(?:(?<!\b(?:you|u) )(?:often|usually)|(?:often|usually)(?! ${THEIR_FEELING_VERBS}\b)|generally|typically|common(?:ly)?|signs? of|symptoms? of|most people|a lot of people|lots of people|half of|that'?s why|is called|it'?s called|(?:something|a thing|a scheme|a service|a programme|a program|a course|a group|a fund|a grant) called|(?:we|doctors|they)(?:'d| would) call|(?:is |are )?known as|the (?:guideline|limit|rule|policy|recommendation|research|evidence)s? (?:is|are|says|say|shows|show|suggests|would be)|(?:has |have |had )?flagged|the (?:nurse|doctor|gp|consultant|school|teacher|lab|pharmacy|pharmacist|hospital|court|council) (?:has |have |had )?(?:said|says|flagged|noticed|reported|mentioned|wrote|written))\b|` + EFFECT_CLAIM.source,
);

/**
 * Their own words given back by name: "You said ...", "You keep saying ...", "You mentioned ...".
 * Not a reminder of what they promised ("You said you'd send it").
 */
export const THEIR_WORDS_FRAME =
  /^(?:(?:also|and|so|but|now),? )?(?:you|u) (?:(?:also|even|just|literally|actually) )?(?:said|say|mentioned|mention|wrote|write|posted|described|describe|keep saying|kept saying|keep telling (?:me|us)|'ve said|have said|'ve mentioned|have mentioned|were saying|told (?:me|us))\b(?! (?:(?:that )?(?:you|u)(?:'d|'ll| would| will| were going to)|so|(?:it|that) (?:before|yourself))\b)/;
/**
 * Their experience named without a frame: "That's a lonely place to be", "It must be wearing to feel
 * judged". Not a plain verdict ("That's a good place to start") or a requirement ("It must be signed").
 */
export const EXPERIENCE_NAMED =
  /^(?:(?:that'?s|that is|what|it'?s|it is) (?:a |an |such a |such an )?(?:really |very |so |pretty |quite |awfully )?(?:lonely|hard|tough|heavy|confusing|painful|scary|frightening|strange|odd|horrible|awful|difficult|exhausting|draining|bewildering|isolating|uncomfortable|awkward|unsettling|sad|rough|tricky|horrid|grim|bleak|miserable) (?:place|position|spot|mix|thing|load|weight|belief|burden|feeling|situation|combination|bind|corner|road) to (?:be|sit|carry|hold|live|feel|have|find|juggle|be stuck)|it must (?:be|have been|feel) (?:so |really |very |pretty |quite |incredibly |absolutely )?(?!(?:possible|necessary|done|signed|sent|approved|finished|ready|easy|nice|good|great|fine|okay|ok|true|right|worth)\b)[a-z]+ to (?:feel|be|have|hear|see|watch|redo|do|keep|carry|sit|live|go|find|know|get|lose|wait|deal|face)\b)/;

/**
 * Something new put before them: "There's a scheme that blocks the sites", "There are evening classes".
 * Not an amount of what they carry ("There's a lot going on for you", "There's a part of you that ...").
 */
export const INTRODUCES_SOMETHING =
  /^(?:(?:and|but|so|also|then|now)[\s,]+)?there(?:'s| is| are|'re)(?: also| actually)? (?:a|an|some|one|two|three|several|lots of|loads of|plenty of|this|these)\b(?! (?:lot|bit|part|sense|little|whole lot|real sense|feeling|worry|fear|tension|pull|piece|side)\b)/;

/** Irregular past tenses that tell what someone did ("you went", "you told him"): shared by their story told back and the deed praised. */
export const IRREGULAR_PAST = 'went|came|made|took|kept|told|said|gave|held|found|ran|wrote|put|left|began|sat|knew|thought|saw';

/**
 * Words ending as a verb's -ing does that name no action: "What do you think about the meeting?" proposes
 * nothing, and "ur wedding" is not "you're wedding".
 */
export const NOT_A_GERUND = list`
thing
something
anything
everything
nothing
morning
meeting
feelings?
evening
building
during
being
ceiling
wedding
training
ending
upbringing
wellbeing
darling
sibling
funding
housing
painting
drawing
writing
`;

/**
 * Their own story told back with no turn to answer (a written reply, one sentence): "You had your first
 * panic attack on the train and now you avoid the Tube", "You've put on four kilos since quitting", or
 * as it goes on ("you're lying awake every night going over it"). "You", alone or with someone of theirs,
 * as the one who did or lived it. Not what is coming ("you're going to need a letter").
 */
export const THEIR_STORY = new RegExp(
  `^(?:(?:and|but|so|honestly)[\\s,]+)?(?:(?:you|u)(?: and (?:your|ur) [\\w-]+)?(?:'ve| have| had|'d)? (?:(?:just|really|never|always|still|barely|hardly|then|both) )?(?!deserved\\b)(?:\\w*[^e\\W]ed|${IRREGULAR_PAST}|had|quit|lost|stopped|felt|spent|used to|keep|grew|fell|broke|woke|wake|lie|lay|sit|hit|hold|swore|slept)|(?:you'?re|you are|ur|u r|youre) (?:(?:just|really|still|basically|literally|now|also|constantly) )*(?!going to\\b|gonna\\b|doing\\b|(?:${words(NOT_A_GERUND)})\\b)[a-z]+ing)\\b`,
);

/**
 * The leader's verdict on an amount: "better than nothing", "still a lot for someone with asthma",
 * "nowhere near enough", "is too much". Their figure said back with a judgement: a tell, not a reflection.
 */
export const AMOUNT_VERDICT =
  /\b(?:better than nothing|nowhere near (?:enough|good enough)|(?:is|'s|are|'re) (?:still )?(?:way |far |much )?(?:too (?:much|many|high|low|long)|not enough|over the (?:limit|guidelines?))|still (?:a lot|too much|too many|high|over) for)\b/;

/** "you're going to", "you'll": an order, or their own plan given back. */
export const YOUR_PLAN = /^(?:(?:you|u)(?:'re| are) (?:going to|gonna)|(?:you|u)(?:'ll| will))\b/;

/** "You" in any form, contractions included ("you're"), unlike YOU_PRONOUN. */
export const ANY_YOU = /\b(?:you|u)\b/;

/** What opens a clause inside a sentence: a noun it describes ("the places", "a job"), or a subordinator. */
export const SUBORDINATE_BEFORE = /(?:\b(?:the|a|an|any|every|this|those|these|some) (?!(?:sense|impression|feeling|idea|minute|moment|second|day|time)\b)[\w-]+(?: (?!(?:to|for|with|of|at|in|on|from|by|about|into|onto|than)\b)[\w-]+)?|\b(?:how much|whether|if|until|unless|whenever|before|after|than)) $/;

/** "I'm", "it's", "my name's", "you must be" before a name (the name's capital is checked on the original text). */
export const INTRODUCES_NAME = /^(?:(?:hi|hello|hey|hiya|morning|afternoon)[\s,]+)?(?:i'?m|i am|it'?s|my name'?s|my name is|you must be|this is) (?=[a-z])/;

/** After a name: a pause or who they are ("Anna, I look after ..."), not "Anna's manager". */
export const NAME_THEN_PAUSE = /^[a-z-]+(?=[,.!?]|\s*$| (?:from|here|and|one of|the|i|i'm|with the|over)\b)/;

/** A gerund opening the sentence ("Using it ...", "Blaming the doc ..."): group 1 is its verb. */
export const GERUND_START = /^(?:(?:and|but|so|then)[\s,]+)?([a-z]+?)(?:ing)\b/;

/**
 * What a doing of theirs feels like or means to them, said back: "Accepting help feels like you've failed him",
 * "Coming here makes it feel like a bigger deal", "Pulling out would feel like letting her down". Not what a doing
 * does to anyone ("makes you feel better") nor what it can feel like ("can feel like a big step"): those are claims.
 * Its own short list of -ing words that are no doing, not NOT_A_GERUND: "Being sick makes it feel undone" and
 * "Writing it down makes it feel real" are doings here.
 */
export const FELT_MEANING =
  /^(?:(?:and|but|so|then)[\s,]+)?(?!(?:thing|nothing|something|anything|everything|morning|evening|during|feeling|meeting|building)\b)[a-z]+ing\b[^,.;?!]{0,60}?\b(?:(?:feels|felt|would feel|might feel|could feel|'d feel) like|(?:makes|made|would make|might make) (?:it|things|everything) feel)\b/;
/** People at large: what a sentence says of them is no one person's experience. */
export const PEOPLE_AT_LARGE = /\b(?:people|anyone|anybody|everyone|everybody)\b/;

/** What a general claim says helps or can happen: advice or information whatever its subject. */
export const WHAT_HELPS = /\b(?:can|could|may|might|helps?|helped|tends? to|usually|often|always|should)\b/;

/** ", so ..." after a reason: what follows may be an instruction drawn from it. */
export const SO_THEN = /[,;] (?:and )?so,? /;

/** A feeling with "you're" left out, said back ("Frightened it'll happen again", "Exhausted and ignored by ..."); not one describing a noun ("Frightened staff ..."). */
const ELIDED_FEELINGS = '(?:frightened|scared|terrified|worried|anxious|nervous|exhausted|knackered|shattered|drained|fed up|gutted|devastated|embarrassed|ashamed|relieved|torn|overwhelmed|furious|livid|hurt|lonely|desperate|frustrated|disappointed|isolated|ignored|unheard|invisible|stressed|upset)';
export const ELIDED_FEELING = new RegExp(
  `^(?:(?:so|and|just|still|really|a bit|pretty|totally|completely|absolutely|quite) )*${ELIDED_FEELINGS}(?:,? (?:and|but) (?:really |totally |completely )?${ELIDED_FEELINGS})?(?= (?:it|that|you|they|he|she|of|about|by|at|with|to|for|when|because|sick|stiff|out)\\b|[,.!]*$)`,
);

