import { gated } from './cue-gate';
import { cues, list, oneOf, words } from './pattern';
import { NOT_A_GERUND } from './sentence-words';
import { TRANSCRIBER_NOTES } from './text';

// The phrasings that earn each move (RUBRIC.md §1). Each list is one compiled regex; the
// classifier tries them in a fixed order (see classify.ts) and quotes the matched words as evidence.
// Patterns marked "start" are tested against the sentence after leading fillers ("okay, so ...").

/** A transcriber's note ("(laughs)", "[pause]"): not the speaker's words. */
const STAGE_DIRECTION = String.raw`[(\[]${oneOf(TRANSCRIBER_NOTES)}[)\]]`;

/**
 * Words that may open a sentence without being its move (greeting + name, discourse markers, "next time").
 * "look", "listen" and "see" only as discourse markers ("Look, ..."): "Look into the grants" and "See your GP" instruct.
 */
/** "I think that you'll be fine" reads as "I think you'll be fine": the "that" before a subject is part of the frame. */
const THAT_BEFORE_SUBJECT = "(?: that(?= (?:you|u|we|they|he|she|it|things|everything|your|ur)\\b))?";

const FILLERS = list`
${STAGE_DIRECTION}
(?:maybe|perhaps)(?= (?:just )?(?:(?:tell|talk|walk) me\b|say (?:a bit )?more\b))
(?:hi|hello|hey|hiya|dear) [a-z]+(?: [a-z]+)?,
okay
ok
so
well
right
alright
all right
yeah
yes
yep
um+
uh+
er+
erm
hmm+
mm+
mhm
and
but
or(?= (?!not\b|so\b))
look(?=[,!:]| here\b)
wait(?=[,!])
listen(?=[,!:]| here\b| up\b)
honestly
actually
i mean
you know
now
oh
ah
hey
great(?! to| that| (?:talking|chatting|speaking|meeting)| (?:plan|idea|call|thinking|point|stuff|shout|question|one|job|work|catch|effort)\b)
cool
sure
fine
good(?! to| luck| that| (?:talking|chatting|speaking|meeting)| (?:plan|idea|call|thinking|point|stuff|shout|question|one|job|work|catch|effort)\b)
anyway
then
also
plus
see(?=[,!:])
besides
basically
like(?=,)
just
frankly
to be honest
ok so
okay so
aw+
ugh+
oof
yikes
oh no
(?:that'?s|thats|it'?s) (?:ok|okay|fine|alright|all right)(?=,)
(?:that'?s|thats|that is|it'?s) (?:so |really |very )?(?:good|great|nice|lovely) to hear(?=,)
i guess${THAT_BEFORE_SUBJECT}
i suppose${THAT_BEFORE_SUBJECT}
i think${THAT_BEFORE_SUBJECT}
i (?:do|really|honestly|genuinely|truly) think${THAT_BEFORE_SUBJECT}
i'?ll be (?:honest|straight|frank|blunt|upfront)(?: with (?:you|u))?
i'?d say${THAT_BEFORE_SUBJECT}
i would say${THAT_BEFORE_SUBJECT}
i reckon${THAT_BEFORE_SUBJECT}
fwiw
imo
imho
ngl
i feel like
tbh
to be fair
in any case
either way
whatever happens
that said
having said that
(?:just )?(?:hearing|listening to) (?:that|this|all (?:that|this)|you)(?=,)
mind you
fyi
heads up
next time(?! (?:the|a|an|you|u|you'?ve|you'?re|we|they|he|she|i|it|there|your|our|their|my|someone|somebody|anyone|[a-z]+ (?:calls?|comes?|asks?|happens?))\b)
in future
in the future
going forward
from now on
for next time
(?:just )?a (?:quick |friendly )?reminder(?: that)?
`;

/** Discourse fillers, greetings and vocatives that may open a sentence without changing its move; transcripts often follow them with a dash ("Okay, so — what ..."). */
export const LEADING_FILLER =
  gated(new RegExp(`^(?:${oneOf(FILLERS)}(?:[\\s,.!\\u2013\\x96\\u2014\\x97-]+|$))+`));

/** Hedges before a comma or dash: "Not sure, but ...". */
const HEDGES = list`
i'?m not (?:sure|certain)
not sure
i don'?t know
dunno
i might be wrong
i could be wrong
just a thought
(?:possibly |maybe )?(?:a )?(?:silly|stupid|dumb) question
if it'?s (?:alright|ok|okay|all right)
if you don'?t mind
with respect
let me think
`;

/** Concessions that open a sentence only before "but": "Fair enough, but ...". */
const CONCEDERS = list`
sorry(?: to [^,]{1,30})?
i hear you
i get (?:it|that)
i see
fair point
good question
thanks
thank you
no worries
fair enough
i know
i understand
i appreciate that
okay
ok
right
`;

/** Openers that soften what follows without being its move: "Sorry to be a pain, but ...", "Not sure, but ...". */
export const HEDGE_OPENER =
  new RegExp(`^(?:${oneOf(HEDGES)}[,:;\\u2014\\x97\\u2013\\x96-]+\\s*(?:but\\s+|so\\s+|and\\s+)?|${oneOf(CONCEDERS)}[,;\\u2014\\x97\\u2013\\x96-]+\\s*but\\s+)`);

/** "It doesn't feel like it (right now)": the start of reassurance, not a concession (REASSURANCE, CONCESSIVE). */
const DOES_NOT_FEEL = String.raw`(?:it|this|that) (?:don'?t|do not|dont|doesn'?t|does not|doesnt|won'?t|might not|may not|mightn'?t) (?:feel|seem|look)`;

/** "I know you'd rather not hear this, but ...": the concession is not the move; what follows "but" is. */
// A courtesy before "but" ("Take this with a grain of salt, but ...", "ignore me if you've seen it but ...") frames what follows; it instructs nothing.
export const CONCESSIVE = new RegExp(
  String.raw`^(?:(?:i know|i get that|i reali[sz]e|i understand|i appreciate|i hear that) (?!${DOES_NOT_FEEL} )[^,.;?!]{1,60},|(?:take (?:this|that|it|what i say) with a (?:grain|pinch) of salt|(?:ignore|correct) me if [^,.;?!]{1,60}|(?:no|there'?s no) (?:pressure|rush)(?: at all)?(?:,? honestly)?|feel free to (?:ignore|disagree|grumble|vent|roll)[^,.;?!]{0,40}|(?:you'?re|you are) (?:welcome|free) to disagree),?)\s*but\s+(?=\S)`,
);
/** Sympathy or praise before "but": "Sorry you're stuck with this, but I'd get it in writing" (a move of its own after it decides). */
export const SOCIAL_CONCESSIVE =
  /^(?:(?:(?:i'?m|i am) )?(?:(?:so|really|very|truly|terribly) )*sorry(?: [^,.;?!]{1,60})?|(?:you'?re|you are) doing (?:so |really )?(?:great|well|brilliantly|amazingly|amazing|fine)(?: [^,.;?!]{1,40})?|(?:well done|congrats|congratulations)(?: [^,.;?!]{1,40})?)(?:,\s*|\s+)but\s+(?=\S)/;

/** Small talk asked as a question: "How's it going?" is a greeting, not an ask. */
/** A question that asks nobody and normalises: "Who wouldn't be panicking after a year like yours?". */
export const WHO_WOULD_NOT = /^who (?:wouldn'?t|would not|woudn'?t|wouldnt) (?:be|feel|get|find (?:it|that|this)|struggle|want|need|panic|worry|cry|freak out|lose it)\b/;

export const PHATIC = /^(?:(?:(?:have )?(?:you|u) )?got a (?:sec|second|min|minute|mo|moment)(?: for me)?|how'?s it going|how(?:'?s| is| has) (?:your|ur) (?:day|morning|afternoon|evening|week|weekend)(?: (?:going|been))?(?: so far)?|how are (?:you|u|things|ya)(?: doing)?(?: today)?|how'?ve you been|how have you been|you alright|you good|alright|what'?s up|sup|wassup|(?:hi|hiya|hey|hello|morning|afternoon|evening|good (?:morning|afternoon|evening))[\s,!]+(?:[a-z'-]+[\s,!]+)?(?:you|u) (?:okay|ok|alright|all right|good))[?!. ]*$/;

/** A name that is no day or month; the rule asks the text as written for its capital (classify.ts, as for introductions). */
const NAME = String.raw`(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|today|tomorrow|tonight|yesterday)\b)[a-z'-]+`;
const NAME_TAG = String.raw`[\s,]*(?:is it|yeah|right|isn'?t it|is that right)`;
const NAME_GREETING = String.raw`(?:(?:hi|hello|hiya|hey|morning|afternoon|evening|good (?:morning|afternoon|evening)|and|so|um|uh|er|right|okay|ok)[\s,!.]+)*`;

/**
 * Their name checked as they come in ("Hi, Mrs Okafor?", "It's, uh, Rhys?", "It's Maisie, yeah?", "Geoff, is it?"): a greeting,
 * not a question about them. Group 1 is what stands before the name after a title or "it's", group 3 before a name
 * that needs its tag ("Geoff, is it?"); groups 2 and 4 are the name.
 */
export const NAME_CHECK = new RegExp(
  String.raw`^(?:(${NAME_GREETING}(?:(?:mr|mrs|ms|miss|dr|mx)\.?\s+|(?:it'?s|is it)[\s,]+(?:(?:uh|um|er)[\s,]+)?(?:(?:mr|mrs|ms|miss|dr|mx)\.?\s+)?))(${NAME})(?:${NAME_TAG})?|(${NAME_GREETING})(${NAME})(?:,?\s*is it|,\s*yeah))\s*\?[\s"')\]]*$`,
);

/** Acknowledgements and fillers; a sentence made only of these is `other`. */
const ACKNOWLEDGEMENTS = list`
(?:sounds|seems|looks) like it
(?:that|this|it) makes (?:a lot of |total |complete |so much |perfect |good )?sense(?:,? (?:tbh|honestly|to me|actually|really))?
(?:yes |ok |okay |sure )?please
okay
ok
sure
right
alright
all right
yes
yeah
yep
yup
no
nope
mm+
mhm
mm-hm+
uh-huh
uh huh
hmm+
uh+
um+
er+
ah+
oh+
great
good
fine
cool
got it
i see
gotcha
thanks
thank you
cheers
wow
exactly
absolutely
indeed
true
totally
sure thing
of course
perfect
lovely
brilliant
excellent
awesome
amazing
super
ace
nice
interesting
really
noted
understood
fair enough
makes sense
that makes sense
i understand
i get it
i hear you
sorry
hi
hello
hey
bye
morning
okay then
right then
no worries
no problem
there (?:you|we) go
there you are
not a problem
no problem at all
not a problem at all
sounds good
will do
`;

/** A sentence made only of acknowledgements and fillers. */
export const FILLER_ONLY = cues(
  list`
(?:(?:${oneOf(ACKNOWLEDGEMENTS)}|${STAGE_DIRECTION})[\s,.!?-]*)+$
  `,
  true,
);

/** Disfluency between "I'll" and its verb: "I'll just, I'll just jump on", "I'll, uh, take". */
const DISFLUENT = "(?:,? (?:just|uh+|um+|er+|erm|like|actually|i'?ll|i will)(?=[ ,]))*,?";

const TAKE_VERBS = words(list`
handle
deal with
sort (?:it |this |that |them )?out
sort (?:it|this|that|them)
take care of
take over
take (?:it|this|that|this one|that one|the \w+)(?: one)? (?:from here|over|on|off your plate|back)
take it from here
fix
rewrite
re-?do
write
draft
call(?! {YOU}\b)
ring(?! {YOU}\b)
phone(?! {YOU}\b)
talk to(?! you)
speak to(?! you)
speak with(?! you)
talk with(?! you)
email(?! you)
reach out
chase
own
cover
look after
step in
jump in
get on
pick (?:it|this|that) up
do (?:it|this|that|the)
finish
tidy
clean up
reply
respond
escalate
manage
present
have a word
just do
redo
raise it
sort
deal
get involved
go to
jump on
hop on
explain it to
tell (?:them|him|her|the)
`);

export const TAKEOVER = cues(list`
leave (?:it|this|that|them|him|her|the (?!(?:final )?(?:decision|call)\b)[\w-]+(?: [\w-]+)?)(?: one)? (?:with|to) me
(?:{ITS}|it is|it'?d be|it would be) (?:just |much |a lot |way )?(?:quicker|easier|faster|simpler) if i (?:just )?(?:do|handle|sort|take|fix|finish|write|send) (?:it|this|that|them)\b
{IM} (?:just )?(?:gonna|going to) take (?:it|this|that|the [\w-]+) back
{ILL}${DISFLUENT} (?:just |personally |quickly |go ahead and |myself |take care and )?(?:${TAKE_VERBS})
let me (?:just |quickly |go ahead and )?(?:${TAKE_VERBS}|take (?:it|this|that|this one|that one))
(?:i can|i could) (?:just )?(?:handle|take care of|deal with|fix|sort|take) (?:it|this|that|them)
(?:i can|i could) (?:just |always |easily )?(?:${TAKE_VERBS})(?=[^.?!]{0,40}\bfor (?:you|u)\b)
hand (?:it|this|that) (?:over |back )?to me
give (?:it|this|that) (?:to me|here)
(?<!\b(?:if|whether|sure|check|think) )(?:{IVE}|i) got (?:it|this)(?! (?:right|on record|in writing|noted|logged|down|if|in case|for (?:the|my) (?:file|records?))\b)
(?:back )?onto my (?:plate|desk)
(?:this|that)(?: one)?'?s mine
(?:needs|has|ought) to come from me
(?:better|best) coming from me
{ILL}${DISFLUENT} (?:just )?have (?:the|that|this) (?:conversation|chat|talk|word) with
let me (?:just |quickly )?(?:have|take) a (?:quick )?look at (?:it|this|that|the)
off your plate
i'?ll do it myself
{ILL} run with it
off your (?:plate|hands)
let me take (?:[\w'-]+ ){1,5}off your
(?:{ILL}|i'?ll|let me|i can|i could)${DISFLUENT} (?:just )?take (?:the|this|that|your) (?:[\w-]+ )?(?:call|meeting|conversation|lead|escalation|client|account)
{ILL}${DISFLUENT} (?:just )?take (?:this|that) one(?= *(?:[.!;,]|$))
(?:{ILL}|let me|i can|i could|i)(?![^.?!]{0,48}\b(?:could|would|might|should)(?: have|'ve)\b) (?:probably |just |quickly )*(?:take (?:it|this|that)(?: one)? on|(?!(?:am|was|feel|felt)\b)\w+ [^.?!]{0,40}\b(?<!\b(?:of|to|for|about|beside|with|keep|keeping|kept|tell|telling|told|remind|reminding|reminded|push|pushing|pushed|treat|treating|forgive|blame|blaming|distract|distracting|motivate|motivating|found|find) )myself)
`);

/** After "have you tried": words that name no solution ("Have you tried anything yet?"). */
const NOT_A_SOLUTION_AFTER_TRIED = list`
anything
something
everything
any\b(?= (?:of|other|more|options?|ideas?|things?|approach\w*|ways?|solutions?|yet|before|else|luck)\b|[\s?.!]*$)
other
that\b
this\b
it\b
what
how
why
whether
who
where
when
if
`;

/** Words ending in -ing that name no action (NOT_A_GERUND), for the chat forms "wdyt about ...": a shorter list, as it has always been. */
const NOT_A_GERUND_CHAT = list`
thing
something
anything
everything
nothing
morning
meeting
evening
building
being
wedding
training
`;

/**
 * What a conversation may turn to, said by the one who runs it: "we could look at how the new role is going",
 * "we could start with what's happened since last time". A topic of theirs to talk over, not a course of action
 * ("we could look at moving the launch" proposes one).
 */
const AGENDA = String.raw`(?:look at|talk about|talk through|go over|go through|focus on|start with|spend (?:some |a bit of |a little )?time (?:on|looking at|talking about)|come back to|pick up on|check in on) (?:how|what|why|where|whether|when|anything|everything|your|the week|last time|since)\b`;
/** "(we) could look at how ...": a modal, a spoken filler, then the topic (AGENDA_SETTING; ADVICE steps aside for it). */
const COULD_DISCUSS = String.raw`(?:could|can|might)(?:,? (?:uh+|um+|er+|erm),?)? (?:maybe |perhaps |just )?${AGENDA}`;

/** Verbs of a step someone could take, after "you could", "maybe", "could you". */
const ADVICE_VERBS = words(list`
try
ask
consider
talk
speak
call
email
send
use
start
look
check
reach
get
set
bring
loop
offer
go
pair
push
escalate
delay
split
cut
hire
reuse
write
give
put
move
schedule
book
run
share
raise
suggest
propose
let
pull
drop
skip
focus
block
make
do
flag
document
test
wait
hold
negotiate
pick
take
add
apologi[sz]e
phone
ring
contact
involve
keep
invite
plan
prioriti[sz]e
postpone
present
draft
prepare
stop
lean
sit down
spend
find
join
switch
change
shift
create
build
list
write down
note
mention
explain
tell
remind
follow up
chat
`);

/**
 * After "Could you" / "Can you": verbs that ask for their account, or about what they can bear or
 * perceive ("Can you tell me more?", "Can you sleep at all?"), or whether a time suits them ("Can you
 * make the 3pm meeting?"), not a step the leader proposes.
 */
const NOT_A_PROPOSED_STEP = list`
make (?:it|(?:the|this|that|our|my) [\w-]+ (?:meeting|call|session|appointment|slot|stand-?up|review|class|game|match|party|dinner|lunch)|[a-z]+day|tomorrow|tonight)
do (?:[a-z]+day|tomorrow|tonight|\d)
tell
say
describe
explain
think
remember
recall
imagine
picture
envisage
see (?:yourself|why|how|what|that|it|a way|any|the|where|if|whether)
share
give me
walk me
talk
help me
clarify
elaborate
expand
be
let me
put (?:it|that|this|into)
name
identify
pinpoint
rate
sum
summari[sz]e
recap
understand
relate
hear
feel
sense
believe
guess
list
point
spell
go (?:on|back)
keep going
sleep
eat
afford
manage
cope
breathe
concentrate
focus
relax
get by
trust
rely
count on
stand
bear
live with
tolerate
deal with
handle
please
not
honestly
really
actually
still
even
also
ever
always
usually
normally
`;

/** Someone else in their life, as the subject of a proposal: "Could he not ...?", "Has your partner tried ...?". */
const THIRD_PERSON = String.raw`(?:he|she|they|{YOUR} (?:[\w-]+ )?[\w-]+)`;

/** Questions that carry the leader's solution (RUBRIC.md: advice wearing a question mark). */
// "Would it be possible to take a day off?": a step the leader has in mind, asked yes or no.
// "Why don't you want them to know?" asks for their reasons; "Why don't you call them?" proposes.
// "Would you consider yourself a morning person?" asks their view of someone; "Would you consider moving it?" proposes.
/** After "how do you feel about ...ing", only what was talked about already ("telling her", "coming back on that basis"): a question about it, not a new idea. */
const NOT_ONLY_WHAT_WAS_SAID = String.raw`(?! (?:(?:back )?(?:to|on|in|with|about) )?(?:that|it|this|them|her|him)(?: (?:basis|way|idea|plan|again|first))?[\s?.!]*$)`;

export const LEADING_START = cues(
  list`
(?:would|will|is) it (?:be )?possible (?:for {YOU} )?to
do {YOU} think (?:that )?(?:{YOU}|it) (?:might|would|could) (?:benefit|help)
i (?:wonder|{IM} wondering|was wondering) (?:if|whether) {YOU} (?:could|can|might|should) (?:${ADVICE_VERBS})
(?:(?:have|had|did|has) (?:{YOU}|${THIRD_PERSON}) (?:ever |not |also |already |maybe |perhaps |actually )?|ever )(?:tried|thought (?:about|of)|considered|contemplated|looked into|explored|thought to)(?=(?:,? +(?:um+|uh+|er+|erm|like|you know|maybe|perhaps|just)\b,?)* +(?!${words(NOT_A_SOLUTION_AFTER_TRIED)}))
did {YOU} (?:ever |not |also |already |maybe |perhaps |actually )?(?:try|think (?:about|of)|consider|look into|explore)(?= +(?!${words(NOT_A_SOLUTION_AFTER_TRIED)}))
(?:could|can) {YOU}(?: maybe| perhaps| possibly| just)?(?= (?!(?:${words(NOT_A_PROPOSED_STEP)})\b)[a-z]+ [a-z])
(?:are|were) {YOU} aware (?:that|there'?s|there are|there is)\b
would {YOU} be (?:willing|open|prepared|up for|happy) to try(?= +(?!${words(NOT_A_SOLUTION_AFTER_TRIED)}))
(?:would|will) {YOU} be (?:willing|open|prepared|happy|keen|ready|up) (?:to|for)(?= +(?!${words(NOT_A_SOLUTION_AFTER_TRIED)}|try\b|(?:talk|talking|chat|chatting|discuss|discussing|think|thinking|go|going|look|looking) (?:about|over|through|at (?:it|this|that))\b|(?:tell|telling) me\b|(?:share|sharing|hear|hearing)\b))
why (?:{DONT}|not|wouldn'?t|can'?t|couldn'?t|won'?t|shouldn'?t|didn'?t) (?:{YOU}|we)(?! (?:want|like|feel|think|believe|trust|agree|care|enjoy|know|remember|mind|see why)\b)
why not(?=\s+(?!(?:a|an|the|higher|lower|more|less|zero|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b)\w)
(?:wouldn'?t|shouldn'?t|couldn'?t|can'?t|won'?t|mightn'?t|oughtn'?t) (?:it|{YOU}|we|that|this|the|there|they|a|an|some|just)
(?:could|can|would|might|should|will) (?:it|{YOU}|we|that|this|there) not
(?:isn'?t|aren'?t|doesn'?t|didn'?t|wasn'?t) (?:it|that|this|the|there|they)(?: \w+)? (?:better|best|easier|smarter|simpler|quicker|safer|wiser|worth|obvious|answer|solution|option|time to|a good idea|a better)
(?:{DONT}|do {YOU} not) (?:{YOU} )?(?:think|reckon|feel|agree)
(?:could|can|would|might) (?:{YOU}|we) (?:not |maybe |perhaps )?(?:just|simply|try|consider(?! (?:him|her|them|it|this|that|yourself|myself|me|us|these|those)\b)|always)
how about
did {YOU} know (?:that )?(?:{YOU}|there|it'?s|the|most|many|some|a|an)\b
(?:would|will|could|might) it help (?:if|for) (?:i|me|we)\b(?! (?:to )?(?:went|go|ran|run|talked|talk|told|tell|explained|explain|shared|share|said|say|gave you (?:some|a bit of) information)\b)
(?:have|did) {YOU} (?:ever )?(?:had|get|got|gotten) (?:[\w'-]+ ){1,4}(?:checked|looked at|tested|seen to|reviewed|scanned|x-rayed)\b
(?:isn'?t|is) it (?:about |high |not )?time (?:{YOU}|we)\b
what about (?:\w+ing|we|{YOU}|if|just|a|an|some)\b
what if (?:{YOU}|we)
(?:would|wouldn'?t|will) it (?:not )?(?:be|make sense|help) (?:more )?(?:better|best|easier|smarter|wiser|worth|simpler|quicker|a good idea|sensible|faster|safer|to|if {YOU})
would {YOU} consider(?! (?:him|her|them|it|this|that|yourself|myself|me|us|these|those|this person)\b)
is (?:it|there) (?:not )?(?:better|worth|an option|any reason not|a reason not)
do {YOU} (?:think|reckon|feel) (?:that )?(?:{YOU}|we|it) (?:should|could|ought|might want|would be (?:better|best|worth|wise|good|smart|easier))
what (?:do|would) {YOU} (?:think|say|reckon|feel) (?:about|of|to) (?:(?:the idea of|maybe|just|us|perhaps)\s+)?(?!${words(NOT_A_GERUND)})\w+ing
(?:how (?:do|would|might) {YOU} feel|what (?:are|'?re|would be) {YOUR} thoughts) (?:about|on) (?:(?:the idea of|maybe|just|us|perhaps)\s+)?(?!${words(NOT_A_GERUND)})\w+ing\b${NOT_ONLY_WHAT_WAS_SAID}
(?:should|shall) (?:{YOU}|we) (?:not|just|maybe)
is the (?:obvious|best|easiest|simplest|right) (?:answer|option|fix|solution|thing|move|way)
(?:can|could) (?:{YOU}|${THIRD_PERSON}) not
wouldn'?t {YOU} rather
is there (?:any |a )?reason (?:{YOU}|we) (?:couldn'?t|can'?t|shouldn'?t|wouldn'?t|don'?t|didn'?t|won'?t)
(?:might|would|could|will|is|isn'?t) (?:it|that) (?:not )?(?:be )?worth
(?:would|could|might|will) (?:a|an|some|more|another) [\w-]+(?: [\w-]+)? (?:help|work|make (?:it|things) easier)
(?:wdyt|what do (?:you|u) reckon) (?:about|of) (?:(?:maybe|just)\s+)?(?!${words(NOT_A_GERUND_CHAT)})\w+ing
  `,
  true,
);

/** Words after a leading-question cue that are not a proposal ("Why don't you tell me more?"). */
export const NOT_A_PROPOSAL = cues(['talk (?:it|this|that|things|them) (?:through|over)', 'talk (?:it )?through', 'tell me', 'tell(?:ing)? (?:me|us) (?:a (?:bit|little) )?(?:more|about|what|how|why)', 'walk me', 'talk me', 'say more', 'shar(?:e|ing) (?:a (?:bit|little) )?(?:more|what|how|your)', 'help me understand', '(?:we )?(?:hear|hearing) (?:your|what|how|from you|you out)', '{YOU} (?:tell|share|walk)', 'start with (?:you|your)']);

export const OPEN_START = cues(
  list`
tell us
i (?:(?:kind of|sort of|really|just|genuinely|honestly) ){0,2}(?:want|wanted|need) to (?:hear|understand|get a sense of) (?:how|what|why|about|more|from {YOU}|{YOUR})
{ID} (?:(?:really|genuinely|love to|like to|be interested to) )?(?:love|like|be interested) to (?:hear|understand|know) (?:how|what|why|about|more|{YOUR})
(?:can|could|would) {YOU} (?:please |maybe |just )?(?:tell me|walk me through|talk me through|take me through|say (?:a (?:bit|little) )?more|describe|explain|give me an example|help me understand|think of)
who else
(?:what|how|why|where|in what way|to what extent|which of|what'?s|whats|how'?s|hows|what're|whatre|wat|wht|hw)(?! (?:time|date|day|many|much|long|often|old|far|soon)\b)
tell me
walk me through
talk me through
take me through
run me through
say (?:a (?:bit|little) )?more
help me (?:understand|see)
describe
explain
{IM} (?:just |really |genuinely )?(?:curious|wondering|interested)(?! (?:if|whether))
i wonder(?! (?:if|whether))
curious
just wondering(?! (?:if|whether))
{ID} (?:love|like|be (?:curious|interested)) to (?:hear|know|understand|learn)
any (?:thoughts|ideas?)
thoughts
ideas
wdyt
what do (?:you|u) reckon
imagine
picture
share (?:more|what|how|a bit|whatever(?:'?s)?|anything|as much)
fill me in on
give me (?:a sense|an idea|a picture) of
  `,
  true,
);

/** Auxiliaries and chat forms that open a yes/no question. */
const YES_NO_OPENERS = list`
is
are
was
were
do
does
did
have
has
had
can
could
will
would
should
shall
may
might
must
am
isn'?t
aren'?t
wasn'?t
don'?t
didn'?t
haven'?t
hasn'?t
won'?t
wouldn'?t
r (?:u|we|they|you)
u (?:ok|okay|good|around|free|there|up|in|on|back|done|busy|sure|able)
`;

export const CLOSED_START = cues(
  [
    oneOf(YES_NO_OPENERS),
    '(?:who|whom|whose|when|which)',
    "(?:i wonder|{IM} (?:just |really )?wondering|{IM} curious) (?:if|whether)",
    '(?:how|what) (?:time|date|day|many|much|long|often|old|far|soon)',
  ],
  true,
);


/** After "I'd": the leader saying what they would do or suggest ("I'd push it a week"). */
const ID_ADVICE_VERBS = list`
say,? (?:to )?(?:just )?(?:go|take|get|try|do|ask|talk|tell|call|book|wait|leave|quit|push|stick|see|give|keep|let|move|drop|skip|pick|stop|start)\b
suggest
see (?:if|whether)
stop
recommend
advise
propose
encourage
push
go
call
start
lean
probably
definitely
just
try
add
ask
talk
speak
email
send
use
offer
pick
choose
put
move
hold
wait
cut
drop
delay
split
re-?scope
escalate
loop
bring
get
set
focus
prioriti[sz]e
keep
take
make
tell
write
raise
give
look
check
consider
avoid
stick
reach
apologi[sz]e
run
document
block
double
hire
pair
skip
treat
frame
share
aim
follow
lead
think about
flag
plan
have
be(?= (?!(?:so |really |pretty |absolutely |just as |quite )?(?:curious|interested|happy|glad|keen|grateful|surprised|worried|concerned|livid|furious|gutted|upset|angry|annoyed|frustrated|devastated|heartbroken|sad|mad|hurt|scared|nervous|fuming|the same|too\b)))
do
say go
err
prefer
want to see you
rather
ring
phone
text
message
ping
chase
contact
meet
sleep on
leave
sort
mention
cancel
postpone
book
update
warn
involve
invite
note
reply
ignore
park
rest
walk away
step back
sit down
clear
review
apply
ditch
tackle
swap
switch
change
turn (?:it|that|this|them|him|her) down
decline
grab
find out
head
`;

/** "It'd be", "it might be" ... before a judgement of what is worth doing. */
const IT_WOULD_BE = list`
it'?s
it is
it'?d be
it would be
it might be
it may be
it could be
it'?ll be
might be
could be
may be
that'?s
`;

/**
 * "Probably worth asking ...", "might be worth a try": "it's" left out, only at the sentence's start. The
 * look back from after "worth" (not before the adverb) keeps the list's quick first-word checks: a
 * lookbehind that opened the alternative was tried at every position and doubled ADVICE's cost.
 */
const WORTH_BARE = '(?:probably|definitely|def|defo|deffo|prob|maybe|perhaps|always|really|might be|could be|may be)';

/** "Worth a word with HR", "worth a try": a small action named after "worth". */
const WORTH_A_WORD = String.raw`a (?:quick |proper |little )?(?:word|chat|call|look|try|go|shot|conversation|punt|ask)\b`;

/** "... worth", "... a good idea": a judgement that recommends an action. */
const WORTH_DOING = list`
worth
a good idea
an idea
wise
smart
sensible
helpful
useful
better
best
important
a good plan
a good move
key
essential
vital
crucial
`;

/**
 * "You shouldn't sign it yet": advice against, as much as "you should" is advice for. Not what they
 * should not have to bear or feel ("You shouldn't have to put up with that", "shouldn't feel guilty"):
 * sympathy and reassurance.
 */
const NEGATIVE_SHOULD = String.raw`(?:shouldn'?t|should not)(?! (?:ever |really )?(?:have to|feel|be (?:so |too )?hard on|blame|worry|beat))`;

/** "You should", "you need to" ...: advice addressed to the other person. */
const YOU_SHOULD = list`
should(?! be (?:really |so |very )?(?:proud|pleased|chuffed|happy with)| (?:be|do) (?:great|fine|ok|okay|alright|all right|well)\b(?! to\b))
${NEGATIVE_SHOULD}
shoud
shld
ought to
need to
needs to
have got to
'?ve got to
gotta
must(?!'?ve\b| be| have| feel| of\b)
had better
'?d better
better(?= +[a-z])(?! +(?:than|off|now|already|at|for|with|about|when|if|because|and|or|in|on|by|so|too|this|that)\b)
`;

/** "You'll want to call ...": actions recommended as what the other person will want to do. */
const WANT_TO_ACTIONS = list`
call
get (?:yourself|somebody|someone|a gp|a doctor)
be aiming
keep an eye
ring
phone
email
send
talk
speak
ask
check
loop
start
tell
write
draft
book
set up
escalate
prioriti[sz]e
focus
push
delay
wait
hold
cut
drop
offer
try
reach out
follow up
double-check
run
`;

/** Words after "try" that are no thing to try: "try harder", "try again", "try and ...", "try not to". */
const NOT_TRIED_AS_A_THING = list`
(?:and|not|again|harder|it|me|us|him|her|them|your|ur|my|our|their|out|as|so|too|hard|being|anyway|anything|everything|something|that|this|to|or|if|when|because|but)
`;
/** Where a bare thing to try ends: the sentence, or what follows it ("Try yoga.", "Try past papers instead of rereading"). */
const AFTER_A_THING_TO_TRY = String.raw` *(?:[,.!;]|$)| (?:instead|first|for (?:a|the|two|three|a few|a couple of)|before|after|at night|at lunch|every|each|daily|tonight|today)\b`;

/** "The best option is ...": what a recommendation names. */
const BEST_THINGS = list`
option
thing
approach
way
move
bet
path
call
answer
fix
solution
course
plan
idea
choice
`;

export const ADVICE = cues(list`
(?<!\b(?:whenever|if|when|anytime|any time|until|once) ){YOU} (?:really |probably |definitely |just |still |also |honestly |seriously )?${oneOf(YOU_SHOULD)}
(?:is|'s|are|would be|'d be|will be) (?:a |such a )?(?:really |very |pretty |genuinely |honestly )?(?:bad|terrible|awful|dangerous|risky|dumb|stupid|silly) idea
(?:(?:is|'s|are|would be|'d be|will be) (?:probably |really |just |honestly )?(?:not|never) |(?:isn'?t|aren'?t|wouldn'?t be|won'?t be) (?:really |honestly )?)(?:a |such a )?(?:very |particularly )?(?:good|great|smart|wise|clever) idea
{YOU} (?:might|may) (?:also )?(?:want|wish|like|need) to
(?<!\bso,? ){YOUD} (?:(?:probably |definitely |much |far |really |way |a lot )*be (?:much |far |way |a lot |so much )?better off|do well to|want to|need to|be wise to)
{YOURE} (?:probably |definitely |much |far |really )?better off (?:\w+ing|with (?:a|an|the))\b
{YOU} owe it to (?:yourself|your \w+) (?:to|not to)
{YOU} (?:could|can) always
(?:you|u|ya)(?<!\b(?:whenever|when|if|anytime) (?:you|u|ya))(?!(?<=\bso (?:you|u|ya)) want)(?: |(?='))(?:'ll |will |may |might )?want to ${oneOf(WANT_TO_ACTIONS)}
(?:you|u|ya) (?:wanna|want to) be (?:staying|keeping|getting|cutting|taking|avoiding|eating|drinking|sleeping|resting|careful)\b
(?:is|'?s|would be|will be) the (?:right|best|smart|better|safer|sensible|only) (?:call|option|move|choice|way to go|thing to do|way forward|approach)
(?:is|'?s|would be|will be) (?:definitely |clearly |probably )?the way to go
{YOU} (?:could|might) (?:(?:always|also|just|maybe|perhaps|probably|easily|even|still) ){0,2}(?:${ADVICE_VERBS})
{YOU} (?:can|could) (?:always|also|just) (?:${ADVICE_VERBS})
(?:maybe|perhaps|possibly) (?:{YOU}|we(?! ${COULD_DISCUSS})) (?:could|can|should|${NEGATIVE_SHOULD}|might|try|need|want|ought|just)
(?:maybe|perhaps|possibly) (?:just )?(?!(?:tell|talk|walk) me\b|say (?:a bit )?more\b)(?:${ADVICE_VERBS}|worth)
{ID} (?:(?:really|probably|prob|personally|definitely|honestly|actually|just|seriously|genuinely|totally|still|100%) ){0,2}${oneOf(ID_ADVICE_VERBS)}
if i (?:were|was) (?:{YOU}|in your (?:shoes|position|place))
if {YOU} (?!(?:need|want|like|wanna|feel like|ever need|ever want)\b)[^.;?!]{2,80}?,? (?:then )?(?:that|it|this) (?:(?:really|usually|often|also|can|will|does|definitely|honestly|always) )*(?:helps?|makes? (?:a (?:big |huge |real )?difference|it easier|things easier)|works (?:wonders|well|a treat))
(?:one thing|something|a thing|what) (?:that )?(?:'?s |has |have )?(?:really )?(?:worked|helped) (?:for|on|in|with) (?:[\w'-]+ ){1,4}(?:is|was|has been|'s been)
(?:it|that) (?:won'?t|wouldn'?t|will not|would not|can'?t|couldn'?t|cannot) (?:hurt|harm) to (?!ask\b|say\b|know\b)[a-z]+
if it (?:was|were) (?:me|up to me)
my (?:suggestion|advice|recommendation|two cents|2 cents|tip|proposal|vote|preference|instinct would be|gut says)
the (?:best|right|smart|obvious|easiest|simplest|quickest|safest|sensible|better) ${oneOf(BEST_THINGS)}(?: here| now)? (?:is|would be|might be|'?s|will be)
one (?:idea|option|thing (?:you|we) (?:could|might) do|approach|possibility|suggestion|thought)(?: might be| could be| would be| is|:)
${oneOf(IT_WOULD_BE)} (?:probably |definitely |really |always )?${oneOf(WORTH_DOING)} (?:to(?! (?:{YOU}|me|us|them|him|her|everyone|anyone|people|{YOUR}|my|their|our)\b)|\w+ing|if {YOU}|for {YOU} to)
${oneOf(IT_WOULD_BE)} (?:probably |definitely |really |always )?worth ${WORTH_A_WORD}
${WORTH_BARE} worth(?<=^(?:(?:so|honestly|also|but|and|tbh|imo|then),? )?${WORTH_BARE} worth) (?:(?!(?:some|any|every|no)thing\b)[a-z]+ing\b|${WORTH_A_WORD})
i (?:really |honestly |personally |genuinely )?(?:think|reckon|feel|believe|guess|suppose) (?:that )?(?:{YOU}|we|the team|they|it'?s best|it would be best) (?:should|ought|need|could|must|might want|had better|'?d better|'?ve got to|have to)
i(?: would|'?d| strongly| really| can| could)? (?:suggest|recommend|advise|propose|urge)
(?:the )?(?:best|only) (?:advice|tip|suggestion) i (?:can|could) (?:give|offer)(?: {YOU})? (?:is|would be)
(?:maybe|perhaps|possibly) (?:just |honestly |really |even )?(?!(?:some|any|every|no)thing\b)[a-z]+ing\b[^,.;?!]{0,60}\b(?:would|could|might|may|will) (?:really |also |definitely |probably )?(?:help|make (?:it|things|a difference)|be (?:good|worth|a good))
(?:maybe|perhaps|possibly) {YOUR} [\w-]+(?: [\w-]+)? (?:just |really )?needs? (?:to|a|an|some|more|less|time|rest|space)\b
i(?: want to|'?d| would) encourage {YOU}
we(?! ${COULD_DISCUSS}) (?:really |probably |definitely |just )?(?:should|ought to|could|might want to|need to|must|'?d better|had better|have to|gotta)
why not(?=\s+(?!(?:a|an|the|higher|lower|more|less|zero|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b)\w)
how about
consider (?:\w+ing|a|an|the|using|asking)
(?<!\b(?:i|we|they|he|she|will|'ll|'d|would|to|who|you|u|whatever|what) )try (?:to|\w+ing|it|this|that|a|an|the|talking|asking|something)
try and(?<=^(?:(?:just|maybe|perhaps|so|honestly|please|then|tbh),? )?try and)(?= (?!(?:get (?:some )?)?(?:rest|sleep|relax)\b))
(?:(?<![a-z'] )|(?<!\b(?:i|i'll|ill|i'd|we|we'll|i'm|im|gonna|might|will|to) )(?:just|maybe|perhaps|honestly|definitely|also|then|please|pls|so|and) )try (?!${oneOf(NOT_TRIED_AS_A_THING)}\b)[a-z-]+(?: [a-z-]+)?(?=${AFTER_A_THING_TO_TRY})
(?:the|my) (?:(?:most |really |only )?important thing|main thing|key thing|first step|priority|trick|key|answer|advice)(?: (?:here|now|for now|right now))? (?:is|would be) (?:to|just)
(?:the|my) (?:trick|key|secret|knack)(?: (?:here|with (?:it|that|this|them)))? is,? (?:that )?{YOU}(?= (?!(?:can'?t|cannot|won'?t|don'?t|never)\b)[a-z])
(?:maybe|perhaps) there(?:'s| is| might be| could be| may be) (?:a way|an option|someone|somebody|something {YOU} can|a chance to)
what (?:{ID}|i'?d) do is
what {YOU} (?:want|need|'?ll want|ought|have) to do (?:first |now |here )?is
a good (?:idea|option|approach|first step|place to start|move|start|way|thing|plan) (?:is|would be|might be|could be)
there'?s no harm in
{DONT} forget to
(?:it|this|that) (?:might|may|could|would) (?:well )?be (?:high )?time (?:to|for {YOU} to)
(?<!\b(?:think|thinks|thinking|thought|feel|feels|feeling|felt|said|say|saying|believe|decided|know|knows|that) )(?:{ITS}|it'?s) (?:probably |maybe |perhaps )?(?:high )?time (?:to|for {YOU} to)
(?:it |that )?(?:sounds|seems|looks) like (?:the|this|that|his|her|their|{YOUR}) [\w'-]+(?: [\w'-]+)? (?:needs?|should(?!'?ve\b| have (?:been|known|seen|done|told|said|gone|taken|given|spoken|thought|come|heard|made|kept|left|[a-z]+ed)\b)|ought to|has to|have to|must)\b
(?:it |that |this )?(?:sounds|seems) like (?:it(?:'?d| would) be )?(?:a (?:really |very )?(?:good|great|sensible|smart|wise) idea|worth (?:it|a (?:try|go|look|shot))) (?:to|for {YOU} to)
i (?:really |do |just )?hope {YOU}(?:'ll| will| can| might) (?:think about|consider|talk to|speak to|see a|see {YOUR}|reach out|look into|try|get (?:some|help|checked|a|{YOUR}))
{YOU} (?:might|may) find it (?:useful|helpful|easier)
(?:what )?(?:has|have|'?s|s) worked for (?:me|others|other people|a lot of people)
(?:what|something) (?:a lot of|lots of|loads of|many|most|some|plenty of) (?:[\w-]+ )?(?:people|folks?|others|parents|managers|carers|patients|guys|women|men|lads|mums|moms|dads|students|teams|leaders) (?:do|find (?:helps|helpful|useful|works)|have found (?:helps|helpful|useful))(?: is)?
trust me
(?<!\b(?:we|let'?s|lets|let us) )(?:go|stick|pick) with
`);

// "never"/"always" open an instruction only before a verb: "Always the last one out", "Never a quiet day" are verbless phrases.
const IMPERATIVE_VERBS = words(list`
swap
show (?:me|us|them|her|him|the|it|your|ur)\b
sleep on (?:it|that|this)
bleep
offer (?:her|him|them|it|the|a|an|to)\b
pin (?:it|this|that|them|the|up)\b
price (?:it|this|that|them|these|those)\b
send
put
cancel
stop
run
use
do
get
call
email
write
finish
fix
move
book
set up
set
ask
loop
escalate
prioriti[sz]e
focus
drop
hold
wait
give
bring
share
update
check
double-check
keep
make
tell(?! me)
forward
copy
cc
add
remove
delete
submit
schedule
reply
respond
contact
push
pull
pause
ship
deliver
prepare
draft
review
sign
approve
reject
assign
hire
cut
change
rewrite
redo
clean
chase
ping
let(?= (?!me|us|'s|down\b))
start
begin
complete
follow
document
organi[sz]e
print
file
close
test
post
publish
raise
flag
report
apologi[sz]e
come
meet
avoid
(?:never|always)(?! (?:the|a|an|one|any|enough|thought|knew|imagined|expected|dreamed|dreamt|even|once|ever|really|took|did|had|was|were|went|got|made|said|came|gave|saw|felt|told|left|missed|[a-z]+ed)\b)
please
pls
plz
just
aim
talk to
speak to
speak with
see (?:a|an|your|ur|the|someone|somebody|if|whether)\b
talk with
check with
reach out
plan
arrange
confirm
circulate
phone
ring
mention
list
go (?:with|ahead and|and|back|over|through|make|get|grab|have|call|ring|see|ask|tell|eat|rest|lie down|sit down|find|take)\b
stick
decline
accept
skip
postpone
delay
revert
roll back
include
invite
notify
inform
warn
tidy
pick
choose
be(?= (?!honest|kind))
get back
ensure
note
remember
leave
don'?t
do not
stay
remain
finali[sz]e
wrap up
sort out
sort
block
spend
believe in
learn
seek
practi[sc]e
go for
go to
fill (?:in|out|it|that|this|the|them|those|these|up)\b
look for
look at
have (?:a|some) (?:proper |decent |good |big |light |healthy )?(?:breakfast|lunch|dinner|meal|snack|glass of water|drink of water|nap|lie-in|bath)\b
have a (?:quick |proper |closer )?(?:look|read|go|try|chat|word|listen|browse)
look up
treat yourself
forgive
journal
meditate
breathe
eat
drink
walk away
consider
allow yourself
give yourself
think about
think through
write (?:it|them|things|that|this) down
fill in
fill out
find
look into
handle
take
merge
deploy
release
quit
mute
pour
ditch
unfollow
screenshot
ignore
bin (?:it|them|that|this|the)
roll out
rerun
re-run
restart
pop
crack on
table
park
bump
patch
hand
pass
kill
scrap
freeze
lock
sell
buy
obey
join
visit
apply (?:for|to)
volunteer
invest
listen to
`);

/** "Can you send me the deck by Friday?": a request dressed as a question is a directive. */
// "Please, you can check the numbers?": a question that opens with "please" is a request.
// Any instruction verb, when a deadline or "please" says it is a request, not a question.
export const REQUEST_QUESTION = cues(
  list`
(?:can|could|would|will) {YOU} (?:please|pls|plz|kindly)
(?:please|pls|plz)
(?:would|do) {YOU} mind (?!if)\w+ing
(?:can|could|would|will) {YOU} (?:just )?make sure
(?:is there )?(?:any|a) chance {YOU} (?:could|can|would|might) (?:just |please )?(?:${IMPERATIVE_VERBS})\b
(?:can|could|would|will) {YOU} (?:just )?(?:${IMPERATIVE_VERBS})\b.*\b(?:please|pls|plz|asap|today|tonight|this (?:morning|afternoon|evening)|first thing|right away|now|by lunch(?:time)?)
(?:can|could|would|will) {YOU} (?:just )?(?:${IMPERATIVE_VERBS})\b.*\b(?:by|before|no later than) (?:eod|cob|end of|close of|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|noon|lunch|today|the end|\d)
  `,
  true,
);

/** A goodbye ("See you Thursday"), not "See, you should have ...". */
const SEE_YOU = String.raw`see (?:you|u|ya)(?! ?(?:should|could|would|need|must|might|can|have|had|did|were|are|'ve|'d|'re|ve)\b)`;

/** Asking them to hold on to what was just said of them ("u matter, please remember that"), not an instruction. */
const HOLD_ON_TO_IT = String.raw`(?:never forget|remember|{DONT} forget) (?:that|this|it)(?= *[.!]*$)`;

/** Imperatives that are not instructions: encouragement, pleasantries, invitations to talk. */
// Encouragement, not an instruction: "Stay strong", "Keep your chin up", "Don't let it get to you".
// An offer of help, not an instruction: "Shout if you get stuck", "lmk if you need anything".
export const SOFT_IMPERATIVE = cues(
  list`
(?:tell|give) (?:her|him|them|[\w-]+) (?:congrats|congratulations|well done|happy birthday|a hug|my (?:best|love|thanks|regards|congratulations))(?: from (?:me|us|all of us))?(?= *(?:[.!,;]|$))
{DONT} (?:worry|stress|panic|be (?:so |too )?hard on yourself|be (?:so )?(?:silly|daft|soft|ridiculous)(?=[,.!;]|\s*$)|beat yourself up|apologi[sz]e|be sorry|mention it|feel (?:like )?{YOU} (?:need|have|owe)|be (?:afraid|scared|frightened|nervous|shy|sad|down)(?=[\s.!]*$))
take (?:your|a|all the|some) (?:time|breath|break|moment|minute|second|care)
take as long as {YOU} (?:need|like|want)
take (?:good |great |extra |proper )?care(?: of yourself)?
look after yourself
${HOLD_ON_TO_IT}
let me know
have a (?:good|great|nice|lovely)
keep (?:it )?up
keep (?:going|pushing|fighting)(?! (?:until|till|with|on|through)\b)
rest (?:well|up|easy)
${SEE_YOU}
get well
feel free
hang in there
stay (?:strong|positive|hopeful|calm|safe|blessed|well|happy|healthy|sane|optimistic|motivated)
take heart
(?:just )?do {YOUR} (?:very )?best(?=[\s.!,]*(?:$|that'?s all))
(?:keep|continue) (?:doing|to do) {YOUR} best
take (?:it|things|everything|each day|life) one (?:day|step) at a time
take one (?:day|step) at a time
keep (?:pressing|moving|pushing) (?:on|forward|ahead)
keep {YOUR} eyes on the prize
keep the faith
try not to (?:worry|stress|panic|dwell|overthink)
keep smiling
look (?:at )?how far {YOUVE} come
(?:go|take (?:it|things)) at {YOUR} own pace
one (?:day|step) at a time
(?:keep (?:posting|us posted|us updated)|post an update|keep the updates coming|update us)
no need to (?:reply|respond|answer|write back)
be (?:strong|brave|proud of (?:yourself|that|this|it)|blessed|gentle with yourself|easy on yourself|confident(?= in yourself| in your (?:abilit|skill|judg|experience)|[\s.!]*$))
show (?:yourself|urself) (?:(?:some|a (?:bit|little) of|a lot of|the same) )?(?:kindness|compassion|grace|love|patience)\b
(?:keep )?(?:your |ur )?(?:chin|head|spirits?) up
(?:go|take it) easy on yourself
believe in yourself
(?:{DONT}|never) (?:give up|lose (?:heart|hope))
{DONT} let (?:[\w'-]+ ){1,4}(?:grind (?:you|u) down|wear (?:you|u) down|get (?:to )?(?:you|u)|knock (?:you|u)|drag (?:you|u) down|bring (?:you|u) down|get (?:you|u) down|put (?:you|u) off|stop (?:you|u)|define (?:you|u)|shake (?:you|u))
trust (?:yourself|your)
be kind to yourself
just checking
just wanted
just a
remember (?:when|that time|how)
(?:remember|never forget|{DONT} forget)(?: that)? (?:{YOURE}|{YOU} are|{YOUVE}|{YOU} have|{YOU} (?:deserve|matter|count))(?: (?:so much|still|always|only|just))? (?:more than|not alone|worth|enough|loved|human|allowed|doing (?:your|ur|the) best|a good|important|valued)
(?:shout|give (?:me )?a shout|ping me|lmk|let me know|message me|dm me|grab me|holler|call me|reach out) (?:if {YOU}|any ?time|whenever)
checking in(?: on {YOU})?
look at {YOU}(?: now| go)?(?=[\s.!]*$)

come (?:on )?(?:in|through|back|on back)(?=[,.!]|\s*$)
sleep (?:well|tight)
(?:have|take|grab|pull up) a (?:seat|chair|pew)
(?:have|grab) (?:a|another) (?:biscuit|tissue|cuppa|cup of (?:tea|coffee)|glass of water)(?= *(?:[,.!]|$| if (?:{YOU}|{YOURE})\b| while\b))
join the club
sit (?:yourself )?(?:down|wherever|anywhere)(?=[\s,.!]*$)
come (?:and |n )?(?:sit|take a seat|have a seat)(?: (?:yourself )?down)?(?=[\s.!]*$|,)
(?:just )?(?:pop|hop|jump|sit) (?:yourself )?(?:up )?(?:in|on|onto) (?:the|that|this) (?:chair|bed|couch|scales?|seat)\b
make yourself at home
  `,
  true,
);

// "You'll present it on Friday": an assignment, unless it is a prediction ("you'll be fine").
/** What follows "you will" in a prediction, not an order: "you'll feel better", "you will get plenty more interviews". */
const WILL_PREDICTS =
  'feel|be|see|find|love|like|get there|probably|need|want|know|enjoy|manage|do (?:great|fine|well)|make it|cope|figure|learn|settle|adjust|grow|heal|overcome|get (?:through|past|over|better|(?:plenty|lots|loads|a lot|so many) (?:more )?(?:of )?(?:interviews|offers|chances|opportunities|calls))';

export const IMPERATIVE_START = cues(
  list`
(?:${IMPERATIVE_VERBS})
(?:you'?ll|you will)(?= (?!${WILL_PREDICTS}|never|always|soon|still|have))
  `,
  true,
);

/** "We're", "we'll", "we won't": the leader announcing what the team will do. */
const WE_WILL = list`
{WERE}
{WELL}
we won'?t
we'?re going to
we are going to
we'?re gonna
we'?re not
we are not
`;

/** What a decision announced by "we're ..." does: "we're going with vendor B". */
const DECIDED_ACTIONS = list`
adopt(?:ing)?
skip(?:ping)?
go(?:ing)? with
staying (?:put|with)
offer(?:ing)?
add(?:ing)?
issu(?:e|ing)
refund(?:ing)?
accept(?:ing)?
introduc(?:e|ing)
replac(?:e|ing)
going ahead
sticking
stick
extending
extend
doing
going to
moving
shipping
changing
ship
pause
pausing
cancel
cancell?ing
delay
delaying
launch
launching
cut
cutting
hire
hiring
move
switch
switching
drop
dropping
keep
keeping
use
using
postpone
postponing
hold
holding
`;

/** "I'm moving ...", "I'm reassigning ...": a decision the leader announces. */
const IM_CHANGING = list`
putting
moving
assigning
reassigning
handing
giving
passing
switching
shifting
bumping
pushing
postponing
delaying
scrapping
dropping
closing
taking {YOU} off
pulling
cancell?ing
pausing
`;

/**
 * An instruction with its subject said, the task handed over with a report asked for: "You run the retro
 * and let me know how it goes", "You draft it and I'll have a look". Without such an ending "You take pride
 * in it" describes them, so the ending is required.
 */
export const YOU_INSTRUCTION =
  /^(?:(?:so|and|then|okay|ok|right|great|fine|cool|perfect),? )?(?:you|u) (?:take|run|sort|draft|handle|chase|book|write|send|set|organi[sz]e|ring|call|email|pick|do|get|make|put|look|fix|check|try|talk|speak)\b[^.!?]*?(?:,|\band\b|\bthen\b) (?:just )?(?:let me know|keep me (?:posted|updated|in the loop)|tell me (?:how|what|when|if)|report back|ping me|loop me in|come back to me|send (?:it|them|me)|i'?ll (?:have a|take a|look|review|check|sign|read))\b/;

/** What a speaker tells them to do with "you" said, as talk does: "you ring us", "you come straight back to me". */
const YOU_ACT = String.raw`(?:you|u) (?:just )?(?:ring|call|phone|text|email|come (?:straight )?(?:to (?:me|us|see)|back|and (?:see|find|get|tell))|go (?:straight )?(?:to|home|back)|walk away|sit (?:down|yourself down)|let (?:me|us|someone|them|the [a-z]+) know|get (?:help|checked|seen|yourself)|book (?:in|an|a)|see (?:your|a|the) (?:gp|doctor|nurse|pharmacist)|tell (?:us|someone|them|your|the))\b`;

/**
 * That instruction after a condition, comma or not ("If it gets worse you ring us", "Anything changes, you
 * call me"), or with its urgency said ("You come to me straight away"); group 1 or 2 is the instruction. Not
 * after "when": "When he shouts, you walk away" may be their habit given back.
 */
export const SPOKEN_YOU_INSTRUCTION = new RegExp(
  String.raw`^(?:(?:if|if ever|as soon as|the (?:moment|minute|second)|anything|any time|anytime|should)\b[^,;:.?!]+?(?:, ?| )(?:then )?(${YOU_ACT})|(${YOU_ACT})(?=[^.?!]*\b(?:straight away|right away|immediately|asap|first thing)\b))`,
);

/** The next meeting, as one books it: "let's put something in for Friday", "let's pencil in a time" (logistics, not a decision). */
const NEXT_MEETING = '(?:something|a time|a date|a slot|one|another (?:one|session|meeting|slot|time|chat)|the next one)';

export const DIRECTIVE = cues(list`
{IVE} (?:already )?(?:put|booked|moved|scheduled|rostered|assigned) (?:you|u) (?:on|in|onto|for|to)\b
going with(?<=(?:^|[.!?;] )going with) (?:option |plan |vendor |the |a |b\b|[\w-]+)
(?:{IM} )?(?:gonna|going to) say no
stays(?<=(?:^|[.!?;] )(?:no|nope|nah),? (?:the |our )?[\w-]+(?: [\w-]+)? stays|\bbut (?:the |our )?[\w-]+(?: [\w-]+)? stays)(?= *(?:[.!,;]|$))
(?:has|have|needs?|'s got|has got|'ve got|have got) to go(?=[\s,.!;]*(?:$|(?:honestly|i'?m afraid|first|now)\b))
{IM} (?:not )?(?:asking|telling) {YOU} to
i (?:want|(?:do |really |still )?need|expect|'?d like|would like|require) (?:{YOU}|the|it|this|that|them|everyone|all|a|an|those|these|everything|him|her|every)
{ID} (?:really )?like (?:{YOU}|everyone|all of {YOU}|the team) to
i'?ll need (?:{YOU}|it|the|that|this)
(?<!\b(?:frightened|afraid|scared|worried|worry|fear|fears|think|thinks|feel|feels|that|if) )${oneOf(WE_WILL)} (?:not )?${oneOf(DECIDED_ACTIONS)}
we (?:ship|stick|go|pause|launch|cancel|keep|use|move|delay|freeze|hold) (?:with|on|to|the|it|this|that|both|all|every|monday|tuesday|wednesday|thursday|friday|tomorrow|today|next|as)
{IVE} (?:decided|made (?:the|a|my) (?:call|decision))
the (?:answer|decision)(?: is|'s) (?:no|yes|final|made)
here'?s what'?s (?:going to|gonna) happen
(?:this|it|that|everything|the \w+) (?:has|needs|have|need) to (?:be (?:done|finished|ready|sent|in|on)|go out|ship|happen)
(?<!\b(?:how|what|when|where|why|whether|if|which|like|feel|feels|think|thinks|sure|know|believe|bet|confident|time|eventually|soon|someday) (?:that )?){YOU} (?:will|must(?!'?ve\b| have\b| of\b)|are going to|'?re going to|have to|'?ll have to|'?ll need to)(?! (?:${WILL_PREDICTS}))
(?<!\b(?:i|i also|i always|i just|i usually|i try to|they|he|she|people) )make sure
{IM} ${oneOf(IM_CHANGING)}
{LETS} (?:go with|stick|pause|ship|cancel|move|use|hold|push|delay|cut|drop|keep|not|put(?! ${NEXT_MEETING} in\b)|skip|switch|postpone|freeze)
no exceptions
(?:'s|is|are) (?:changing|moving|parked|cancell?ed|paused|on hold|stopping|switching) (?:from|until|till|as of|starting) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|next|now|after)
,? full stop(?= *(?:[.!;,\u2013\x96\u2014\x97-]|$))
(?:that'?s|thats) the plan,? then(?= *(?:[.!:;,\u2013\x96\u2014\x97-]|$))
(?<!\b(?:then|and|but|when|because|cos|if|so|still|just|where|and yet) )(?:nobody|no one|no-one|nothing) (?:touches|ships|goes|gets|changes|deploys|merges|leaves|moves|talks|speaks|signs)
(?:decision'?s|decision is|it'?s) (?:been )?(?:made|decided|final)
(?:have|had|going|gonna) to say no
{IM} (?:gonna|going to) (?:have to )?say no
that'?s what (?:{WELL}|we'?re going to|we are going to|we'?ll|we do)
(?:please|pls|plz)(?! (?:do )?(?:know|believe|understand|tell me|share|keep posting|post an update|keep us|update us|go ahead and (?:tell|share)|feel free|how|what|{DONT} (?:worry|stress|panic|lose|give up|be)|never (?:give up|lose)|try not to|take care|stay|be (?:kind|gentle|easy|strong|safe|proud)|${HOLD_ON_TO_IT})\b)(?<!(?:yes|yeah|ok|okay|sure) (?:please|pls|plz))
(?:the )?plan is (?:to|that we)
{LETS} (?:wait|hold off|leave it|go ahead)
i (?:want|need) us to
that'?s final
end of discussion
run (?:every|all|any|it|this|that|them|each) (?:\w+ )?(?:past|by) me
(?:run|check) (?:it|this|that|them) with me first
(?<=, )(?:so |then )?just (?:${IMPERATIVE_VERBS})(?= )
`);

/** "That's", "what a" ... before praise. */
const PRAISE_OPENERS = list`
{THATS}
this is
what a
such a
it'?s
it was
that was
those are
these are
that'?s such
that'?s really
(?:they|those|these|both(?: of (?:those|these|them))?) (?:both |all )?(?:sound|seem|look)(?: like)?
`;

/** Words of praise: "a smart idea", "a brave call". */
const PRAISE_ADJECTIVES = list`
smart
practical
realistic
great
good
brilliant
excellent
fantastic
wonderful
clever
thoughtful
impressive
solid
strong
insightful
helpful
useful
sensible
creative
amazing
awesome
nice
lovely
fair
valid
huge
positive
big
important
courageous
brave
mature
honest
generous
considered
cracking
superb
outstanding
stellar
terrific
phenomenal
incredible
first-class
first-rate
top-notch
fab
`;

/** What the praise is about: "a smart idea", "a brave call". */
const PRAISED_THINGS = list`
bit of work
piece of work
way
idea
point
question
thinking
insight
observation
catch
call
start
step
move
plan
work
job
effort
progress
achievement
thing
approach
instinct
spot
suggestion
decision
choice
change
shift
improvement
thought
one
list
outcome
result
reflection
commitment
accomplishment
first step
option
note
`;

/** "You handled", "you've put" ... before how well it was done. */
const DID_VERBS = list`
handled
did
done
managed
dealt
worked
thought
put
made
showed
shown
came
come
stepped
pulled
nailed
stuck
`;

/** "... really well", "... a lot of thought": how well the other person did. */
const DONE_WELL = list`
well
great
brilliant
amazing
really hard
so hard
a lot of
thoughtful
nicely
fantastic
carefully
courage
effort
thought
progress
first step
a big step
`;

/** "Caring" as a quality, not the verb ("if you're caring for someone full time", "caring thirty hours a week"). */
const CARING = String.raw`caring(?! (?:for|about|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hours|full|part)\b)`;

/** "You're resourceful", "you're on the right track": a strength named. */
const STRENGTHS = list`
mature
wise
smart
intelligent
kind(?! of)
${CARING}
resilient
generous
amazing
wonderful
(?:a |such a )(?:good|great|kind|lovely|caring) (?:person|friend|parent|mum|mom|dad|manager)
making the right (?:decision|call|choice|move)
getting through (?:it|this)
right
good at
great at
a natural
doing (?:great|well|a great job|really well|good|the right thing|amazing)
making (?:great|good|real) progress
on the right track
onto something
resourceful
thoughtful
capable
committed
determined
strong
brave
talented
dedicated
persistent
an asset
someone who
`;

/** Something done that moves them on, praised: "a huge step", "a real win"; not "a real step back". */
const MILESTONE = 'step(?! back)|achievement|milestone|win';

/** Praise after "that's" / "that was": "That was brave". */
const THAT_WAS_PRAISE = list`
smart
great
brilliant
excellent
fantastic
wonderful
clever
thoughtful
impressive
insightful
helpful
awesome
amazing
courageous
brave
mature
generous
spot on
a great
a good
progress
huge
big
`;

export const AFFIRMATION = cues(list`
{YOU}(?:'ve|'ve really| really| have| just)? (?:hit|hits) the nail on the head
{YOURE} (?:(?:so|absolutely|exactly|totally|completely|dead|bang) )?spot on
^spot on\b
{YOUVE} (?:(?:really|totally|absolutely) )?nailed it
{YOU}(?:'ve got| have got| have| got|'ve definitely got| definitely have) (?:a (?:(?:good|fair|great|real|valid) )?point)(?! to\b)
{YOUVE} (?:(?:clearly|obviously|really|genuinely|definitely) )?put in (?:the|so much|a lot of|loads of|real|serious) (?:work|effort|hours|graft)\b
{YOU} (?:(?:really|honestly|genuinely|actually) )?(?:handled|dealt with|managed|coped with) (?:it|that|this|things|yourself|him|her|them|the [\w-]+) (?:(?:really|so|very|incredibly|super|pretty|absolutely|just) )?(?:well|brilliantly|beautifully|fine|calmly|perfectly|professionally|smoothly|gracefully|superbly|amazingly)\b
{YOU} (?:came|come) (?:across|over) (?:as )?(?:(?:really|so|very|incredibly|super|pretty|totally|completely) )?(?:calm|confident|clear|professional|composed|assured|warm|measured|credible|in control|well)\b
{YOUVE} been (?:(?:so|such|incredibly|really|very|amazingly|remarkably|nothing but|a|an|absolutely|genuinely|truly) )*(?:patient|brave|strong|kind|professional|resilient|generous|gracious|calm|supportive|understanding|tolerant|loyal|decent|thoughtful|mature|dignified|courageous|amazing|brilliant|incredible|fantastic|rock|star|hero|trooper|legend)\b
{YOURE} (?:(?:really|clearly|obviously|honestly|genuinely) )?doing (?:a|an|such an?) (?:(?:really|so|truly|absolutely) )?(?:amazing|great|brilliant|fantastic|incredible|wonderful|good|fab|stellar|cracking|superb|terrific|excellent|sterling) job
(?:(?:massive|huge|big|much|so much|all the|mad|major) )?respect (?:to (?:you|u) )?for\b
(?:that|this) was (?:absolutely |exactly |definitely |totally |just |100% )?the right (?:thing to do|thing|call|move|decision|choice)(?= *(?:[,.!;]|$))
(?:that|it|this) took (?:guts|courage|something|some doing|real [\w-]+|a lot|bottle|nerve)
(?:that|it) counts for (?:a lot|something|plenty)
{THATS} (?:some|quite some|good) going
(?:{THATS}|{ITS}) (?:a |such a )?(?:good |great |decent |solid |real )?start(?= *(?:[,.!;]|$))
(?:{THATS}|{ITS}) (?:not an easy|a hard|a difficult|a tough|a brave) thing to (?:say|admit|share|own)
a (?:proper|real|good|great|serious) bit of (?:work|thinking|graft)
{YOUVE} (?:really |properly |well and truly )?stuck (?:at|with) (?:it|this|that)
the fact that {YOU} [^.?!]{0,60}\bsays a lot
(?:{YOUVE}|{YOU}) (?:got|made it|come|came) through (?:[\w-]+ ){0,4}(?:before|and {YOU}(?:'ll| will) (?:get|make it) through)
{YOU} survived
(?:{THATS}|what) (?:a |such a )?(?:really |very |so )?(?:smart|good|great|clever|sensible|nice|useful) (?:middle ground|compromise|insight|way of putting it|catch|bit of (?:knowledge|insight))
(?:{THATS}|that was|what) (?:a |such a )?(?:really |very |so )?(?:healthy|good|great|brave|smart|wise|solid|clear|firm) (?:boundary|line|decision|choice|call) (?:{YOU}|{YOUVE}) (?:set|drew|drawn|made|took|taken)\b
fair play(?: to {YOU})?(?= for\b| *[,.!]|$)
(?:{IM} )?(?:so |really |very |proper |dead |super |incredibly )*proud(?<!\b(?:they'?re|they are|he'?s|she'?s|he is|she is|are|were|was|is|be|been|being) (?:so |really |very |proper |dead |super |incredibly )*proud) of {YOU}
(?:{THATS}|that was|what|{ITS}) (?:a |such a )?(?:real |lot of |a lot of )?(?:gift|self-awareness|insight|talent)
{YOUVE} got (?:your|ur) priorities (?:right|straight|sorted)
(?:and )?{YOURE} still (?:standing|here|going)(?= *[.!,]|$)
(?:it |that |this )?(?:sounds|seems) like (?:a|an) (?:really |very |such a |so )?(?:brave|sensible|smart|wise|great|good|positive|healthy|mature|big|huge|bold|courageous|strong|solid) (?:decision|choice|call|step|move|plan|idea|thing to do|approach)(?! to\b)
(?:{THATS}|that was|what|{ITS}) (?:a |such a )?(?:really |very |so )?(?:huge|massive|big|real|great|brave|important|positive|major|giant) (?:${MILESTONE}|thing to do|deal(?! (?:for|to) {YOU}))
(?:takes|took) (?:real |a lot of |so much |serious |such |some |a fair bit of |a bit of |a fair amount of |more )?(?:courage|guts|strength|bravery|nerve|balls|grit|determination|resilience|backbone|character|honesty)
(?:{THATS}|that is|it'?s|it is|that was) (?:not nothing|no small (?:thing|feat|step|achievement)|no mean feat)
(?:{THATS}|that was|what|{ITS}) (?:a lot|so much|a huge amount|real|serious) (?:of )?(?:persistence|determination|effort|commitment|courage|resilience|grit|dedication|hard work)
(?:is|was|'s) (?:a |such a )?(?:really |very |so )?(?:huge|massive|big|brave|important|positive|major|giant|real) (?:first )?(?:${MILESTONE})
{YOUVE} (?:already )?(?:done|taken|got through|made) the (?:hardest|toughest|biggest|first|scariest) (?:bit|part|step)
{YOU} (?:gave|have given|'ve given|gave (?:him|her|them)) (?:\w+ ){0,2}(?:such )?(?:a|an) (?:good|great|wonderful|happy|lovely|amazing|brilliant|solid) (?:life|home|start)
(?:{ITS}|{THATS}|it'?s) (?:such |really |a really )?(?:a )?(?:really |very )?(?:good|great|positive|healthy|promising) sign
with (?:so much|such|real|incredible) (?:patience|grace|care|love|strength|dignity|courage|kindness)
(?:says|shows) (?:so much|a lot|everything) about (?:how much|how|what|who) {YOU}
says (?:a lot|so much|something|loads|heaps) about {YOU}
the fact (?:that )?{YOU}[^.?!]{0,60}\b(?:shows|says|proves) (?:what|how|that {YOU}|{YOU})
${oneOf(PRAISE_OPENERS)} (?:a |an |really |very |so |such a |genuinely |super |pretty |a really |an really )*${oneOf(PRAISE_ADJECTIVES)} ${oneOf(PRAISED_THINGS)}s?
(?:{THATS}|that was) (?:really |so |very |pretty |genuinely |truly |absolutely |honestly )?${oneOf(THAT_WAS_PRAISE)}
(?:good|great|nice|excellent|brilliant|fantastic|smart|solid|clever|awesome|lovely|terrific) (?:thinking|idea|point|question|call|work|job|catch|stuff|effort|spot|one|move|progress|start|instinct|thought|going|plan|list|insight)
lucky to have (?:(?:someone|somebody|a [\w-]+|friends?|people) like )?{YOU}
(?:talking|reaching out|opening up|asking for help|speaking up|admitting|recogni[sz]ing|reali[sz]ing|noticing|acknowledging|sharing)\b[^.?!]{0,50}\b(?:is|was|'s) (?:a |the |such a )?(?:really |very |so )?(?:great|good|best|right|huge|big|brave|important|positive|healthy|crucial|hardest) (?:first )?step
{IM} (?:really |so |very |genuinely |just |honestly )?(?:amazed|in awe)(?: (?:that|by|at|of))?(?: how)? (?:{YOU}|{YOUR})\b
i (?:really |have to |must |truly )?commend (?:{YOU}|{YOUR})\b
{YOUVE} (?:got|put together|come up with|made|found|worked out|thought of) (?:(?:a|an|some|a couple of|a few|two|three|really|very|such|pretty|some really) )*(?:good|great|sensible|smart|clever|solid|practical|brilliant|realistic|workable|thoughtful) (?:ideas?|plans?|points?|options?|list|ones?)
{YOUVE} (?:done|taken|made) (?:a |such a |something )?(?:really |very )?(?:hard|brave|difficult|big|important|huge) (?:thing|step|move|call|decision)
(?:change|improvement|turnaround|difference|progress|shift|start) {YOUVE} (?:already )?(?:made|got)
(?:those|these|they|both)(?:'re| are) (?:both |all )?(?:really |very )?(?:good|great|sensible|smart|solid|practical) (?:ones|ideas|points|options)
{YOU} (?:already )?know (?:a fair bit|a lot|loads|more than {YOU} think)
than(?<=\b(?:better|more|further|stronger|braver) than) {YOU}(?:'re| are)? (?:giving yourself credit for|give yourself credit for|realis|realiz|think|know)
well done|nice one|good on (?:you|ya)|(?<!\b(?:not|n't|never|no|be|been|is|was|isn't|wasn't) )good for you|kudos|bravo|congrats|congratulations|nicely done|great stuff|hats off|props to (?:you|u)
(?:thanks|thank you|thank u|thx|ty|cheers) (?:so much |very much |a lot |again )?for
i (?:really |truly |genuinely |do )?(?:appreciate|value|admire|respect|love (?:that|how|the way|your)|like (?:that|how|the way|your))
{IM} (?:really |so |very |genuinely )?(?:impressed|proud|glad you|pleased you|grateful|thankful|happy you)
(?:{IM} |^(?:aww*[,!]* )?)(?:really |so+ |very |genuinely )?(?:glad|relieved) (?:that )?(?:{YOUR}\b|(?:the|it|things|everything)\b(?=[^.?!]*\b(?:{YOU}|{YOUR})\b))
{YOU} (?:'?ve |have )?(?:really |clearly |obviously )?${oneOf(DID_VERBS)}\b[^.?!]{0,50}\b${oneOf(DONE_WELL)}
(?:that|it|this) (?:took|takes) (?:a lot of |real |some )?(?:courage|guts|real|a lot|bravery|nerve|strength)
(?:is|was|'?s) (?:a |an )?(?:real |huge |big |great |genuine |massive |proper )?(?:achievement|accomplishment|milestone)
(?:{IM} |^|[,;] )(?:really |so |very |genuinely |super )?(?:pleased|impressed|proud|chuffed) (?:with|of|by) (?:how |what |the way )?(?:{YOU}|your)
{YOU} did (?:the right thing|(?:really |so )?(?:well|great|brilliantly)|a (?:great|brilliant|fantastic|good) job)
(?:it |that |this )?(?:sounds|seems|looks) like (?:a |an )?(?:really |very |pretty |such a )?(?:sensible|good|great|smart|wise|solid|brilliant|positive|reasonable|realistic|clever|thoughtful|helpful|healthy|lovely) (?:first |next |little |small )?(?:step|plan|idea|start|move|approach|decision|call|choice|compromise|way (?:to|of) (?:look(?:ing)? at|fram(?:e|ing)|think(?:ing)? about|see(?:ing)?|put(?:ting)?|handl(?:e|ing)|deal(?:ing)? with|approach(?:ing)?) (?:it|this|that|things))
(?:it |that )?(?:sounds|seems|looks) like {YOUVE} (?:really |clearly |obviously |already )?(?:thought (?:it|this|that) (?:all )?through|got a (?:pretty |really |very )?(?:good|clear|solid) (?:sense|handle|idea|grasp) of|done (?:your|ur) homework|put (?:a lot of|real|some) thought into)
{YOUVE} (?:really |clearly |obviously )?thought (?:it|this|that) (?:all |right )?through
{YOU} (?:sound|seem) like (?:someone|somebody|a person) who'?s? (?:is |really |already )?(?:doing|trying|working|putting|taking|making|cares?|knows?)
{YOU} know (?:[\w-]+ ){1,3}inside out
{YOUVE} done (?:really |so |incredibly )?(?:well|great|brilliantly|amazing(?:ly)?|fantastic(?:ally)?|brilliant|wonderfully)(?! (?:to|out of|on|at|for|in|with)\b)
{YOU}(?:'ve| have)? (?:handled|dealt with|managed|ran|run|coped with|played|put|said|taken|took) [^.?!]{0,60}?\b(?:(?:so |far |much |way |a lot )?better|more (?:calmly|gracefully|clearly|kindly|patiently|professionally|tactfully)) than (?:i|me|most|anyone|many)\b
i can (?:see|tell) (?:how much |that |how hard )?{YOU} (?:care|'?ve|have|put|worked|tried|really)
{YOU} (?:clearly|really|obviously) know (?:your|this|the|what)
{YOUVE} (?:really |clearly |obviously )?(?:grown|improved|come on|developed|progressed|stepped up|matured)
(?:it'?s|that'?s|it is|(?:that |it )?sounds) (?:really |so |very )?(?:great|good|wonderful|brilliant|fantastic|impressive|encouraging) (?:that|to see|how) {YOU}
{YOURE} the expert
(?:{ITS}|it was|that was|{THATS}|it'?s been|it has been) (?:really |very |so |incredibly |extremely |truly )?(?:kind|good|brave|generous|thoughtful|sweet|decent|big|mature|wise|smart|considerate|nice|lovely|gracious|selfless|strong|caring|courageous|patient) of {YOU}
, (?:which|and that)(?: is|'s| was) (?:a |an |such a )?(?:really |very |so )?(?:good|great|brilliant|positive|healthy|wonderful|admirable|huge|real) (?:thing|sign|start|step|quality|instinct|strength)
, (?:which|and that)(?: is|'s| was|'s not| isn'?t) (?:not |never |no )(?:easy|small feat|mean feat|small thing)
{YOURE} (?:setting|showing|being|such) (?:(?:[\w'-]+ ){0,3}?)(?:an? (?:great|good|fantastic|brilliant|wonderful|real|fine) (?:example|role model)|the value of|what good looks like)
{YOU} should be (?:really |so |very )?(?:proud|pleased)
{YOURE} (?:clearly |really |obviously |absolutely |so |very )?${oneOf(STRENGTHS)}
(?:it'?s|that'?s) (?:clear|obvious) (?:that )?{YOU} (?:care|'?ve|have|put|worked|thought|really)
{YOU} (?:clearly|really|obviously|genuinely) (?:care|know your|understand|thought (?:about|of|it|this|that|hard|carefully|long)\b|put|want the best)
{YOUVE} (?:clearly |really |obviously )?(?:got|done|put|thought|made|been working|come) (?:a lot(?! (?:on|going|to (?:deal|do|juggle|handle|think|carry|take))\b)|some|real|great|good|hard|so far|a long way)
{YOUVE} (?:already )?(?:made|taken) (?:a |the |some )?(?:big |huge |great |good |real |first )?(?:step|steps|progress|effort|change|changes)
{YOUVE} (?:clearly |really |obviously )?worked (?:so |really |incredibly |very )?hard
(?:respect|props|kudos|mad respect|huge respect) (?:to {YOU} )?for (?:being|doing|saying|sharing|posting|admitting|showing|getting|staying|still)
`);

/** "It sounds", "it must have been" ... before how hard something is for them. */
const IT_SOUNDS = list`
sounds
seems
must be
must have been
must'?ve been
'?s been(?<!\b(?:mine|my [\w-]+)'?s been)
has been
feels
is
was
can be
gets
`;

/** How hard something is for the other person: "that sounds exhausting". */
const HARD_THINGS = list`
hard
horrible
awful
terrible
frightening
a shock
tough
difficult
frustrating
stressful
rough
exhausting
overwhelming
painful
scary
upsetting
confusing
a lot
challenging
lonely
disappointing
unfair
discouraging
annoying
worrying
tiring
draining
a rough
a tough
a hard
a difficult
a big deal
important to you
weighing
heavy
tricky
awkward
uncomfortable
a worry
a struggle
a lot to
hard on you
unsettling
demoralising
demoralizing
infuriating
nerve-wracking
terrifying
heartbreaking
devastating
gutting
humiliating
embarrassing
isolating
traumatic
distressing
harrowing
`;

/** "You feel", "you mentioned" ...: the other person's experience, said back to them. */
const YOU_VERBS = list`
seem
wonder
wondered
sound
feel
felt
wish
hope
worry
worried
fear
care
want(?! to (?:try|use|send))
wanted
'?d like
would like
'?d prefer
would prefer
'?d rather
would rather
don'?t (?:know|want|think|feel|see|like|believe|trust|have(?! to))
didn'?t (?:expect|want|know|like|think)
can'?t (?:see|tell|decide|figure|stand|believe)
haven'?t
mentioned
said
told me
hate
miss
like(?! to\b)
love(?! to\b)
enjoy
value
noticed
realised
realized
deserve
expected
agreed
decided
suspect
reckon
thought(?= (?:that|it|it'?d|you|u|you'?d|he|he'?d|she|she'?d|they|they'?d|the|this|everything|everyone|nobody|no one|someone|something|things|there|i|i'?d|we)\b)
doubt
struggle
dread
resent
regret
blame (?:yourself|urself)
`;

/** "You're worried", "you're caught between" ...: a state said back to them. */
const YOURE_STATES = list`
not (?:sure|certain|convinced|ready|happy|comfortable|keen)
impressed
drawn
running on empty
worried
frustrated
anxious
concerned
upset
stuck
torn
afraid
scared
nervous
tired
exhausted
angry
annoyed
disappointed
unsure
uncertain
overwhelmed
hoping
wondering
thinking
saying
telling me
feeling
struggling
trying
caught
in a
between
convinced
ambivalent
confused
relieved
hurt
embarrassed
ashamed
fed up
sick of
done with
finding
looking(?! at\b)
considering
weighing
facing
dealing
juggling
carrying
uncomfortable
used to
reluctant
hesitant
surprised
stressed
swamped
stretched
busy
starting
beginning
going through
having
dreading
grieving
heartbroken
devastated
terrified
petrified
furious
livid
gutted
shattered
isolated
lonely
miserable
resentful
guilty
drained
numb
hurting
(?:burnt|burned|worn|stressed|freaked) out
(?:beating|blaming|doubting) (?:yourself|urself)
questioning
doubting
second-guessing
`;

/** What "your ..." gives back: their worry, goal or gut feeling. The people and things in their life ("your manager",
 * "your job") are mentioned in facts and advice as often as in reflections: naming them is no evidence of either. */
const YOUR_CONCERNS = list`
worry
concern
fear
sense
feeling
frustration
hope
goal
priority
gut
instinct
`;

/** Words that call something hard: "is tough", "can be really draining", "is never easy". */
// Not the comparative: "Remembering every day is harder than it sounds" gives back their struggle.
const HARDSHIPS = list`
hard(?:est)?
tough(?:est)?
difficult
challenging
stressful
scary
rough
draining
exhausting
overwhelming
painful
lonely
a (?:real |huge |big )?(?:struggle|lot|slog|big deal|big adjustment)
no joke
(?:not|never|rarely|seldom) (?:easy|simple|fun)
`;
/** Hard times: "a difficult time", "a stressful few months"; for everyone (normalising) or for them (a reflection: "a rough week for you"). */
const HARD_TIMES = `(?:${oneOf(HARDSHIPS)}|strange|uncertain|worrying|trying|unsettling|crazy|weird|anxious|bleak|horrible|awful|grim|miserable|heavy|brutal) (?:few |couple of )?(?:time|times|year|years|period|season|month|months|week|weeks|days|stretch|patch|spell)`;

/** "You've been ...", "you've tried ...": what they have been doing, said back. */
const YOUVE_DONE = list`
been
got(?! (?:an? |another |a couple of |a few |two |three |four |five |\d+ )?(?:meetings?|days?|weeks?|hours?|minutes?|calls?|appointments?|sessions?|slots?)\b)
had
tried
done
made
thought
noticed
seen
found
decided
spent
put
started
stopped
cut
managed
already
never
always
come
gone
felt
lost
learned
learnt
realised
realized
`;

export const REFLECTION = cues(list`
(?<!\b(?:will|would|could|might|may|can|to|if|when|gonna|'ll|'d|he|she|they|he's|she's|they've|ever|never|someone|somebody) )(?:really |properly |totally |completely )?(?:hit|knocked|shook|shaken|rattled|floored|winded|flattened|gutted|crushed) (?:you|u)\b(?! (?:up|back|with)\b)
(?:knocked|shook|shaken|dented|rocked) (?:your|ur) (?:confidence|faith|trust|belief|world)
took the wind out of (?:your|ur) sails
(?:{ITS}|(?:it|this|that)(?:'?s| has) been) (?:(?:a|an|such|such a|so|really|very|pretty|quite|properly|incredibly) )*${HARD_TIMES} for (?:you|u)\b
(?:it |that |this )?(?:sounds|seems|looks|feels|must feel|must(?:'?ve| have) felt) (?:to me )?(?:like|as if|as though)(?! a plan\b)
no wonder (?:{YOURE}|{YOU} (?:feel|felt))
(?:it|that) (?:seems|sounds)(?! (?:good|great|fine|ok|okay|right|perfect|lovely|like a plan|about right)\b)
(?:it |that |this )?${oneOf(IT_SOUNDS)} (?:really |very |so |pretty |quite |a bit |incredibly |super |kind of |kinda |a little )?${oneOf(HARD_THINGS)}
{YOU} (?:really |still |also |often |sometimes |always |usually |just |kind of |kinda |sort of |genuinely |honestly )?${oneOf(YOU_VERBS)}
{YOURE} (?:really |still |also |already |quite |a bit |kind of |kinda |sort of |pretty |clearly |more |less |so |very |not )?${oneOf(YOURE_STATES)}
{YOUVE} ${oneOf(YOUVE_DONE)}
{YOUD} (?:like|prefer|rather|love|want|hoped|thought|hate|be)
what i'?m hearing
if i'?m hearing (?:you|this|that)
(?:by|from) the sounds? of (?:it|things|that|this|what {YOUVE} (?:said|written|described))
from what (?:{YOUVE}|{YOU}) (?:said|say|says|describe|described|written|wrote|write|shared|told (?:me|us))
let me (?:check|see if|make sure) (?:that )?i(?:'?ve| have)? (?:got|understand|heard|understood)
part of (?:you|u)
{ITS} (?:kind of |almost |just )?(?:like|as if|as though) (?:{YOU}|(?:{YOUR}|the) (?:[\w'-]+ ){1,2}(?:is|are|was|were|has|have|had|keeps?|comes?|won'?t|can'?t|doesn'?t|don'?t|never|always|just|still|hasn'?t|isn'?t)\b)
{YOUVE} been (?:carrying|holding|juggling|shouldering) (?:that|this|it|all (?:of )?(?:that|this)|so much)
(?:would|might|could) (?:feel|seem) (?:like|as if|as though)
(?:is|are|'s|has been|have been|was|were) (?:really |clearly |slowly |starting to |just )?(?:wearing (?:you|u) (?:down|out)|grinding (?:you|u) down|getting to (?:you|u)|eating (?:(?:away )?at (?:you|u)|(?:you|u) up)|dragging (?:you|u) down|bringing (?:you|u) down|weighing on (?:you|u)|taking (?:it|a lot|so much) out of (?:you|u)|keeping (?:you|u) up at night)
(?:maybe|perhaps) {YOURE} (?!going\b|gonna\b|supposed\b|about to\b|right\b|wrong\b)[a-z]+ing\b
on (?:the )?one hand
(?:weighing|playing|preying) on (?:you|your mind)
{YOURE} saying
in other words
(?:{THATS}|{ITS}|that'?s been|it'?s been) (?:really |so |quite |a bit |such )?(?:a lot|hard|tough|difficult|rough|a lot to (?:juggle|carry|deal with|take in|handle))
(?:is|are|was|were|has been|have been|'?s been) (?:the |really |so |pretty |quite )?(?:hardest|toughest|worst|trickiest|scariest|relentless|brutal|exhausting|overwhelming|a struggle|too much)
feels? (?:like )?(?:too much|a lot|overwhelming|impossible|out of reach|like a)
must have (?:been|felt|hurt|stung|knocked|shaken|come as)
must (?:grate|sting|hurt|rankle|wear (?:you|on you)|get to you|weigh on you|gut (?:you|u)|break (?:your|ur) heart|tear (?:you|u) (?:up|apart)|eat (?:you|u) up|crush (?:you|u))
must (?:be|feel) (?:(?:a|an|such a|so|really|very|incredibly|pretty|quite) )*(?:hard|tough|difficult|unfair|challenging|stressful|scary|rough|draining|exhausting|overwhelming|painful|lonely|frustrating|upsetting|worrying|disheartening|demoralising|demoralizing|annoying|confusing|infuriating|heartbreaking|disappointing|maddening|nerve-?racking|daunting|isolating|unsettling|lot to (?:carry|juggle|handle|take in))
must (?:be|feel) (?:(?:so|really|very|pretty|quite) )?(?:different|strange|weird|odd|surreal|unfamiliar)(?! (?:approach|way|thing|kind|sort|type|story|from)\b)
(?:at|reached|near) (?:breaking point|the end of (?:your|their) tether|rock bottom)
(?:has|have|'?s) been (?:impossible|a nightmare|a battle|a slog|relentless|non-stop)
so (?:we'?re|we are) (?:agreed|saying|clear)
if i understand (?:you|this|that|correctly)
if (?:{IM}|i'?ve) (?:getting|understanding|hearing|reading|got) (?:this|that|you|it) (?:right|correctly)
what {YOURE} (?:saying|describing|telling me)
{YOUR} (?:main |biggest |real |own )?${oneOf(YOUR_CONCERNS)}
so (?:you|u|your|{YOURE}|it|its(?= not\b)|the|what|that|part|this|basically|essentially|for you|they|he|she|there|on one|(?:everyone|everybody|nobody)(?! (?:should|must|needs?|has to|have to|ought)\b)|every time)
it (?:feels|seems|sounds) (?:like|as if|as though)
for (?:you|u),
(?:things|it|that|this) (?:{YOU} )?(?:matters?|means) (?:a lot |so much )?to {YOU}
(?:{YOU}|it) (?:kind of |sort of )?(?:feels?|seems?) (?:that|like)
`);

/** Sources whose word is information: "Research shows ...", "The policy says ...". */
const SOURCES = list`
research
studies
evidence
data
the data
the research
the evidence
the policy
policy
the rules?
the contract
guidelines?
the guidelines
science
experts
doctors
`;

// General claims about how things are (not about this person): causes, risks, likelihoods.
export const INFORMATION = cues(list`
in my (?:experience|view|opinion)
(?:what|how) (?:(?:i|we) )?(?:really )?(?:helped|got|worked for|coped|made it)(?: (?:me|us))?(?: through(?: (?:it|this|that))?)? (?:was|is)
i'?ve seen (?:that|this|it|a lot|loads|lots|plenty|many|so many)
when i (?:was|started|ran|had|joined|first|did|went|left|quit|lost|broke|tore|moved)
[\w-]+ (?:can|could|may|might|will|tends? to|often) (?:cause|lead to|increase|interfere|reduce|affect|damage|raise|lower|improve|harm|trigger|worsen|make)
i (?:had|went through|faced|used to|remember|once|saw|have seen|found that|learned|learnt|ran|managed|worked)
${oneOf(SOURCES)} (?:shows?|says?|suggests?|indicates?|requires?|states?|tells? us|recommends?|are clear)
(?:most|many|some|a lot of|lots of|plenty of) (?:new |other |young |first-time |working )?(?:people|teams|managers|clients|customers|folks|patients|companies|parents|leaders|staff|of my clients|of the people)
(?:{YOURE}|{YOU} are|{YOUR} \w+ (?:is|are)) (?:entitled|eligible|required|allowed|due|scheduled|booked)
{YOUR} [\w-]+(?: [\w-]+)? (?:says?|states?|shows?|came back|runs? out|expires?|is due|starts?|ends?)
(?:raises?|doubles?|triples?|halves?|increases?|reduces?|lowers?|cuts?) (?:the |your |their |his |her |a |an )?(?:[\w-]+ )?(?:risk|chances?|odds|likelihood)
(?:twice|three times|\w+ times|more|less) (?:as )?likely
(?:doesn'?t|don'?t|won'?t|can'?t) (?:always |usually |often |necessarily )?(?:cause|lead to|show up|mean)
(?:comes?|stems?) from
(?:people|folks|anyone|those) who
no matter what
usually
typically
generally
for example
on average
statistically
per cent
percent
there (?:are|is) (?:a few|several|some|many|lots of|a number of|different|two|three) (?:options|ways|things|approaches|resources|programs|programmes|services)
(?:it|that|this) (?:can|could|may|might|will|would|tends to) (?:cause|lead|increase|reduce|help|affect|make|damage|raise|lower|improve)
`);

/** "Let's ..." about the conversation itself: logistics, not a decision. */
const LETS_TALK = list`
grab
get started
start
begin
meet
catch up
talk
chat
discuss
look at
go through
take a look
get going
dive in
jump in
reconvene
see
spend
come back
think about
move on
focus on
review
pick this up
pause here
stop here
wrap up
take a (?:step|minute|moment|break)
`;

/** The agenda set for the conversation: "I thought today we could talk about how the handover went" (structuring, other). */
export const AGENDA_SETTING = new RegExp(String.raw`\bwe ${COULD_DISCUSS}`);
/**
 * What the meeting is for, said at its start: "the consultant's asked me to go through your results with you",
 * "this is just a chance for me to hear your side", "we're just doing your blood pressure review today", and its next
 * item ("the other thing was the near miss on Tuesday").
 */
export const AGENDA_PURPOSE =
  /^(?:(?:now|so|right|okay|ok|today|as i (?:said|mentioned)(?: (?:on|in|at) the [a-z]+)?),? )*(?:(?:(?:i'?ve|i have) been|i was|(?:the |your )?[a-z]+(?:'s| has)) asked (?:me )?to (?:go through|go over|talk|have a (?:bit of a |quick )?chat|look at|run through|catch up|check in)|(?:this|today) is (?:just |really )?(?:a chance|an opportunity|a space|your time|your space)\b|(?:and |so |um |uh )*(?:the )?(?:other|next|last|one more|final) thing (?:(?:was|is)\b(?!,| that\b| (?:if|when|whether|how|you|i|we|it'?s|there)\b)|i wanted to (?:ask about|raise|mention|talk about|cover|check on)\b)|we'?re (?:just )?(?:doing|here (?:to do|for)) (?:your|the|a),? (?:[a-z-]+,? ){0,4}(?:review|check|check-up|checkup|appointment|assessment|catch-up|session|chat|meeting|one-to-one|1:1)\b)/;

/** What may come before AGENDA_SETTING: the body's start, or "I thought", "today", "in the time we've got". */
export const BEFORE_AGENDA = /(?:^|\b(?:thought|thinking|today|session|got),? )(?:maybe |perhaps )?$/;

export const OTHER = cues(
  list`
(?:of )?course(?: {YOU} can| it is| i can| i will)?(?=[ .!]*$|,? (?:one|two|a|just a) (?:sec|second|min|minute|mo|moment)s?\b)
(?:that|it|\w+day(?: at [\w:]+)?|[\w:]+ ?(?:am|pm|o'?clock)) works(?: for (?:me|us))?(?: fine| great| well)?(?=[ .!]*$)
{ILL} (?:pop|put|stick|pencil|add|book) (?:it|that|this|you|us|them|one|something|a (?:time|slot|date)) (?:(?:in|into|on) (?:the|my|our|your) (?:diary|calendar|calender|schedule)|in for)
if {YOU} (?:ever )?(?:need|want) (?:anything|something|a chat|to talk|help|someone)[^.?!]{0,40}?,? (?:that'?s (?:fine|ok|okay|alright)|i'?m (?:here|around|about)|just (?:shout|ask|say)|give me a (?:shout|call|ring)|let me know|lmk|my door'?s (?:always )?open)\b
{ILL} (?:come by|pop (?:by|in|round|back)|call (?:you|u)|ring (?:you|u)|check in(?: with (?:you|u))?) (?:again )?(?:in (?:a|an|one|two|three|four|six|a couple of|a few|\d+) (?:days?|weeks?|months?|fortnight)|next (?:week|month|time)|on (?:monday|tuesday|wednesday|thursday|friday)|tomorrow)\b
(?:{ILL}|{WELL})${DISFLUENT} (?:get (?:you|u|that|it|them) booked (?:in|up)|book (?:you|u|that|it|them) in|see if (?:there'?s|there is|i can (?:find|get)|we can (?:find|get)) (?:a|an|another) (?:slot|appointment|space|gap|room))
\+1
bump(?:ing)? (?:this|for visibility)
{LETS} (?:crack on|get cracking|get going|get started|make a start)(?= *(?:[,.!;]|$))
(?:{IVE}|we'?ve|we have) (?:only |just )?got (?:about |around |roughly |maybe |only |just )?(?:[\w-]+ )?(?:minutes?|mins?|an hour|hours?)(?: or so)?(?= *(?:[,.!;]|$)| (?:left|today|now)\b)
edit(?= *[-:\u2013\x96\u2014\x97])
hi
hello
hey
(?:morning|afternoon|evening)(?=[,.!]|\s*$| (?:all|everyone|team|folks|guys|both|mr|mrs|ms|miss|dr|doctor)\b)
good luck
best of luck
all the best
how'?s it going
how are (?:you|u|things)(?: doing)?(?= *[?!.]*$)
nice to meet you
{LETS} (?:take (?:five|ten|a (?:break|breather|minute|moment))|come back|break|reconvene|regroup|pick (?:this|it) up|circle back)
{LETS} (?:(?:put|pop|stick|get|book) ${NEXT_MEETING} in|(?:pencil|book) (?:in|${NEXT_MEETING} in))\b
we (?:can|could) (?:always )?(?:reconvene|regroup|circle back)
brb
lol
haha
ta
bye
see ya
good (?:morning|afternoon|evening)
thanks
thank you
thank u
thx
cheers
see you
take care
have a (?:good|great|nice|lovely)
sorry
no problem
no worries
{YOURE} welcome
welcome
nice to
(?:good|great|lovely) to (?:see|hear|meet|catch)
{LETS} ${oneOf(LETS_TALK)}
{ILL} (?:be|see you|send you|check in|catch you|talk to you|get back to you|follow up|let you know|book|set up|put (?:it|a|something) in|make (?:a|some) (?:note|time))
i (?:see|understand|get it|hear you)
fair enough
got it
understood
of course
absolutely
makes sense
that makes sense
anyway
moving on
one (?:sec|second|moment|minute)
hang on
hold on
{IM} (?:sorry|running|late|back|here|listening|happy to help|glad|all ears|with you|not sure|around|free|off)
(?:can|could) {YOU} hear me
how (?:are|r) {YOU}
  `,
  true,
);

/** A minimal encourager invites the other person to go on: an open question (RUBRIC.md: "Tell me more"). */
export const ENCOURAGER =
  /^(?:(?:uh-?huh|mm-?hm+|mhm|mm+|yeah|yes|right|okay|ok|sure)[\s,.!-]+)*(?:(?:and )?(?:go on|keep going|carry on|continue|tell me more|say more|and then|then what|what else)(?:[\s,.!?-]+(?:i'?m listening|i'?m all ears|please|go on|tell me more|keep going))*[\s,.!?-]*)$/;

/** Frames that check the leader has understood ("If I'm hearing you right"). */
const UNDERSTANDING_FRAMES = list`
(?:so )?(?:am i|i'?m|i am) hearing
(?:so )?what i'?m (?:picking up|getting|sensing|taking away)
to check i'?(?:ve| have) got (?:this|that|it|you)
(?:let me|can i|could i|i (?:just )?(?:want|wanted) to|just to) (?:just )?(?:see if|check(?: if| that| whether)?|make sure|be sure)(?: that)? i(?:'?ve| have|'?m| am)? (?:got|get|understand|understood|heard|hearing|follow)
(?:so )?(?:just )?to (?:make sure|be sure|check)(?: that)? i(?:'?ve| have|'?m| am)? (?:got|get|understand|understood|heard|follow|following)(?: (?:you|this|that|it|everything|all that|correctly|right|properly))*\s*[,:\u2014\x97\u2013\x96-]
(?:so )?(?:just )?so (?:that )?(?:i'?m|i am) (?:clear|sure|following|with you)\s*[,:\u2014\x97\u2013\x96-]
if i'?(?:ve| have| am|m)? (?:got|understood|understand|heard|hearing) (?:you|this|that|that right|correctly|right)
(?:so )?if i'?m hearing
(?:so )?what i'?m hearing
to (?:sum|summari[sz]e)
(?:so )?in summary
let me (?:sum|summari[sz]e|recap)
(?:so,? )?(?:just )?(?:to|a quick|quick) recap
`;

/**
 * Openers that check the leader has understood: what follows is a summary (a reflection), whatever
 * cue words it quotes ("Let me see if I've got this", "If I'm hearing you right, ...").
 */
export const UNDERSTANDING_CHECK =
  gated(new RegExp(`^${oneOf(UNDERSTANDING_FRAMES)}`));

/** The leader's perception of the other's state: "I can hear how tired you are", "I get the sense you feel let down". */
export const PERCEPTION_FRAME =
  /^i(?:'?m| am) (?:sensing|picking up(?: on)?)\b|^i (?:can |could )?(?:really |totally |completely |fully |only |just )?(?:hear|see|sense|tell|imagine|get the (?:sense|feeling|impression)|notice|picture|understand (?=how|why|what|that|your|you|being)|know (?=how))\b/;

/** The perception frames that sense rather than see or hear: "I sense", "I'm sensing", "I'm picking up on". */
export const SENSING_FRAME = /(?:sense|sensing|picking up(?: on)?)$/;
/** A feeling named straight after a sensing frame: "I'm sensing a lot of frustration", theirs without a "you". */
export const SENSED_FEELING = /^ (?:(?:a lot of|so much|some|a bit of|a little|real|a real|a kind of|a|an) )?(?:\w+ )?(?:frustrat|worr|anger|angry|sad|grief|fear|anxi|stress|guilt|shame|hurt|relief|hope|tired|exhaust|disappoint|resent|doubt|tension|loneli|pride|excite|nerv|hesita|reluctan|confus|overwhelm|dread|panic|regret|unease|ambivalen|conflict)/;

/** What what they told does to them, after a perception frame: "how that would make it hard", "why this is so draining". */
export const WHAT_THAT_DOES = /\b(?:how|why) (?:that|this|it|all (?:that|this))(?: (?:would|might|could|must|can|may|will))? (?:make|makes|made|feel|feels|be|is|was|have been|has been|leave|leaves)\b/;

/** A benefit held out with a question mark: "That might help you switch off?", "It might be time to ask?". */
export const SUGGESTED_BENEFIT =
  /^(?:(?:that|this|it|which|doing that|doing this) (?:might|may|could|would|will) (?:really |also |even )?(?:help|make (?:it|things|you|life)|ease|take the (?:edge|pressure))|(?:it|this|that) (?:might|may|could) (?:well )?be (?:high )?(?:time|worth|a good idea|an idea|the way) to)\b/;

/** Leave asked to inform ("Can I share a bit about how it works?"): what follows in the reply is the move. */
export const PERMISSION_QUESTION = cues(
  list`
(?:can|could|may|might) i (?:just )?(?:share|tell {YOU}|explain|give {YOU} (?:some|a bit|a little|my|an?)|offer (?:a|an|some|my)|run (?:something|this|that|an idea) by {YOU}|mention (?:something|one thing|a couple)|add (?:something|one thing))
(?:would|will|is) it (?:be )?(?:ok|okay|alright|all right|fine) (?:if i|for me to|to) (?:share|shared|tell|told|explain|explained|give|gave|offer|offered|mention|mentioned|go through|went through|run through|ran through)
(?:do|would) {YOU} mind if i (?:share|shared|tell|told|explain|explained|give|gave|offer|offered|mention|mentioned)
  `,
  true,
);

/** Reassurance vouched for at the end: "Nobody will remember it, I promise." (tried only when "promise" is in the sentence). */
export const PROMISE_TAG = /,?\s*i promise(?: you| u)?[\s.!]*$/;

/** A tag after a goodbye or a good wish ("Take care, yeah?", "Talk soon, okay"): it asks nothing. */
export const PARTING_TAG = /(?:,\s*|\s+)(?:yeah|yea|yeh|yes|okay|ok|alright|right|eh|hey)\s*[?!.]*\s*$/;
/** What may follow the formula before that tag: a few words ("weekend", "of yourself"), not an object ("of the client"). */
export const FORMULA_TAIL = /^(?! (?:of(?! (?:yourself|urself|yourselves)\b)|to|with|that|the|for)\b)(?: [\w']+){0,3}$/;
/** A question mark that only ends a filler tag: "..., you know?". */
export const FILLER_TAG = /,\s*(?:you know|y'?know|ya know|u know)\s*\?[\s"')\]]*$/;

/** A tag that asks them to agree to what the sentence said: "Take it with food, okay?", "You come to me, yeah?". */
export const AGREEMENT_TAG = /,\s*(?:okay|ok|alright|all right|right|yeah|yes|yea|ya)\s*\?[\s"')\]]*$/;

/** After a sympathy formula, a reflection that carries the move: "I'm so sorry, it sounds like ...". */
export const REFLECTION_AFTER = /^[\s,;:\u2014\x97\u2013\x96-]+(?:and |but )?(?:(?:it |that |this )?(?:sounds|seems|feels?) (?:like|as if|as though)|(?:it |that |this |you )?must (?:be|have been|feel))\b/;
/**
 * A reflection frame that opens a later clause of a formula's sentence: "Thanks for telling me, it sounds like
 * you've been carrying this alone", "So sorry about your dad, it sounds like he was your rock", "You're brave to
 * raise it, and I'm hearing that ...". The reflection is the move (an ask outranks praise or sympathy). Not "sounds
 * like a plan", and not "I'm sorry, that must be hard", a formula that gives nothing of theirs back.
 */
export const REFLECTION_IN_A_LATER_CLAUSE =
  /[,;:\u2014\x97\u2013\x96-]\s*(?:and |but |so )?(?:(?:it |that |this )?(?:sounds|seems|feels) (?:like|as if|as though)(?! a plan\b)|(?:what )?i'?m hearing\b)/;

/** "please", "pls", "plz", "kindly" before the move: a courtesy, not part of it. */
export const PLEASE = /^(?:please|pls|plz|kindly)[ ,]+/;

/**
 * Before an invitation to tell their account ("Go ahead and tell me what happened", "Feel free to tell me more",
 * "If you're willing to share, tell me about the week"): the opener makes it no instruction and no encouragement;
 * the invitation is the move (RUBRIC.md: "Tell me more about the client's concern" is an open question).
 */
export const INVITING_OPENER =
  /^(?:(?:please|pls|kindly)[ ,]+)?(?:(?:go ahead|go on)(?:,? and|,)? +|feel free to +|(?:if|when|whenever) (?:you'?re|you are|you feel) (?:willing|ready|comfortable|happy|able)(?: to (?:share|talk|say))?,? +(?:please[ ,]+)?)/;

/** "Please know that ...", "Believe me, ...": an opener that vouches for what follows; the move is what follows. */
export const ASSURANCE_OPENER = /^(?:please )?(?:do )?(?:know|believe me|trust me|understand)(?: that)?[\s,:;\u2014\x97\u2013\x96-]+(?=\S)/;

/** A pause in speech between a frame and its question: "I was wondering, um, if ...". */
const SPOKEN_PAUSE = '(?:,? (?:um+|uh+|er+|erm|like|you know),?)? ';
/** A question asked as a statement: "I was wondering if you'd told the client.", "Let me ask whether ..." (group 1: the question word). */
export const INDIRECT_QUESTION = cues(
  list`
(?:so |and |but )?(?:let me|can i|could i|may i|might i) ask (?:{YOU} )?(if|whether|what|how|why|when|where|who|which)
(?:so |and |but )?(?:(?:i was|{IM}|i am|just) (?:just |really )?)?wondering${SPOKEN_PAUSE}(if|whether|what|how|why|when|where|who|which)
(?:so |and |but )?i wonder(?:ed)?${SPOKEN_PAUSE}(whether|if(?! part of)|what|how|why|when|where|who|which)
(?:so |and |but )?{IM} (?:just |really )?curious${SPOKEN_PAUSE}(if|whether)
{ID} (?:be|been) (?:really |very )?(?:interested|curious) to (?:know|hear|learn) (if|whether|what|how|why|when|where|who|which)
(?:so |and |but )?(?:{ID} like to|i (?:want|wanted|need) to|let me|can i|could i|may i) ask (?:{YOU} )?(?:a (?:bit|little|few things|couple of things) )?(about)
  `,
  true,
);

/** Openers that announce information: "Just so you know, ...", "Since you asked, ...". */
export const INFO_OPENER =
  /^(?:just )?(?:so (?:you know|you'?re aware|you are aware)|(?:since|as) (?:you|u) (?:asked|mentioned it)|for (?:your|the) (?:information|record|awareness)|fyi|heads[- ]up|for context|to be clear)[\s,:;\u2014\x97\u2013\x96-]+/;

/** A sentence that reports the other person's own plan or decision: "So you've decided to try the patch". */
export const REPORTED_MIND =
  /^(?:so |and )?(?:you'?ve|you have) (?:decided|chosen|made up your mind|settled on|committed)|^(?:so |and )?(?:you'?re|you are) (?:planning|thinking|hoping|considering|set on|leaning)|^(?:so |and )?(?:you|u) (?:plan|intend|decided|chose|reckon you'?ll|think you'?ll)\b/;

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

/** "Do you want to talk about it?", "Is there anything you'd like to share?": an invitation to talk, not a suggestion. */
export const INVITES_TALK =
  /\b(?:you|u)(?:'d| would)? (?:want|wanna|like|feel like|need) (?:to )?(?:talk|tell|share|say|chat|vent|discuss|go over|open up|get (?:it|that|this|anything|something) off)\b/;

/** Verbs of talking or meeting: "Could we talk about it?" proposes a conversation, not a solution. */
const TALK_VERBS = list`
talk
discuss
explore
think
unpack
look at
start
begin
get started
spend
come back
revisit
go (?:back|through|over)
hear
say
chat
pause
take a (?:minute|moment|break|step)
meet
agree
decide
sit
step back
be
have
do that
stop here
`;

/** After "we"/a name: verbs of talking or meeting, which propose a conversation rather than a solution. */
export const TALK_NOT_ACTION =
  new RegExp(`^[\\s,]*(?:(?:just|maybe|perhaps|um+|uh+|er+|quickly|briefly)[\\s,]+)*${oneOf(TALK_VERBS)}\\b`);

/** "Isn't that the vendor's job?": a negative yes/no question that states whose job or what should be. */
export const NEGATIVE_PROPOSAL = /^(?:isn'?t|aren'?t|wasn'?t) (?:it|that|this|there|the|they)\b[^?]{0,60}\b(?:should|job|responsibility|supposed to|meant to|ought to|better|easier)\b/;

/** A menu of what other people do ("Some people X, others Y"): advice, however it is framed. */
export const ADVICE_MENU = /^(?:some|many|a lot of|lots of|plenty of) [a-z'-]+ [^.?!]{0,120}[,;] (?:and |while |whereas )?(?:others|some)\b/;

/** A sentence that opens with a condition or a time ("If the vendor stalls again, ..."): the move is what follows. */
export const LEADING_CLAUSE = new RegExp(
  `^${oneOf(list`
if
once
when
whenever
after
before
until
as soon as
next time
while
in case
the moment
by the time
rather than
instead of
for (?:now|the moment|the time being|the short term)
in the meantime
meanwhile
  `)}\\b[^,;:.?!]{0,80}[,:]\\s*(?:then\\s+)?`,
);

/**
 * A preface of a few words that ends in a colon or a dash ("Two things:", "Quick one -", "Here's the
 * thing:"): the move is what follows it. Hyphenated words ("stand-up") are not a dash.
 */
export const PREFACE = /^(?:[^\s:;,.?!\u2013\x96\u2014\x97-]+ ){0,4}[^\s:;,.?!\u2013\x96\u2014\x97-]+(?: ?[:\u2013\x96\u2014\x97]| -+)\s+/;

/** A preface that names what follows as a suggestion ("One tip:", "My two cents -"): advice, not an instruction. */
export const SUGGESTION_PREFACE = /\b(?:tip|suggestion|idea|thought|advice|two cents|2 cents|hack|recommendation)s?\b/;

/**
 * Words that may stand before an instruction without changing it ("Definitely try ...", "Or move ...",
 * "The point is, tell him ..."); "maybe"/"perhaps" make it a tentative suggestion (advice).
 */
export const BEFORE_INSTRUCTION =
  /^(?:(?:so|or|and|then|just|definitely|def|defo|deffo|definately|maybe|perhaps|really|seriously|also|first(?:ly| of all)?|second(?:ly)?|next|honestly|now|please|simply|instead|otherwise|at least|the (?:point|thing) is|bottom line|either way|in any case|for what it'?s worth|fwiw)(?:[\s,:]+|$)|(?:perfect|brilliant|lovely|excellent|awesome|nice)[,!]\s*)+/;

/** Goodbyes, plans to meet and good wishes: other, whoever they mention ("Have a lovely weekend, you've earned it"). */
// Good wishes without "I": "Hope the move goes smoothly", "Wishing you all the best", "Sending good vibes your way".
// Session logistics: "That's us for today", "We can wrap up here", "Still here", "Bear with me".
// A parting hope to meet again: "Maybe we'll bump into each other at the offsite!"
/** The conversation itself, as what is ended: "we can end the call here". */
const SESSION = '(?:the|this|our) (?:call|chat|session|conversation|meeting)';
export const CLOSING = cues(
  list`
laters
(?:{THATS}|that is) (?:us|me|it from me|all from me)(?: (?:done|sorted|then|for (?:today|now|this week)))?(?= *(?:[,.!;]|$|i\b|i'|cheers|thanks|thank|bye|see\b|speak|talk))
(?:{THATS}|that is) everything(?: (?:for (?:today|now)|from me))?(?= *(?:[,.!;]|$|cheers|thanks|thank|bye|see\b|speak|talk))
(?:so )?(?:{THATS}|that is) (?:you|u) (?:all )?(?:booked(?: in)?|sorted|set|done|signed up|registered)\b
(?:(?:that'?s|that is) (?:our|all (?:of )?(?:our|the)|all (?:we|i) (?:have|'ve got)) time|(?:that'?s|that is) all (?:we|i) (?:have|'ve got) time for)
let'?s (?:leave|stop|pause|end|wrap) (?:it |things |up )?(?:there|here|for today)
(?:we'?ll|we will|let'?s) (?:stop|leave it|pause|finish) (?:there|here)
(?:it was|it'?s been|been) (?:really |so |very )?(?:good|great|lovely|nice|a pleasure) (?:to (?:chat|talk|speak)|chatting|talking|speaking) (?:to|with) (?:you|u)
catch (?:you|u|ya)
(?:talk|speak|chat) (?:soon|later|tomorrow|then|next week|on \w+day)
bye(?: for now)?
${SEE_YOU}
have a (?:good|great|nice|lovely|wonderful|fab|restful|safe)
hope (?:the rest of )?(?:your|you have|you get|you enjoy|you feel better|things go|it goes)
take care
happy (?:holidays|christmas|new year|birthday|friday|weekend|easter)
happy (?:\d+|one|two|three|four|five|six|nine|ten) (?:years?|months?|weeks?|days?)\b
good ?night
stay safe
(?:god )?bless(?: {YOU})?(?=[,.!]|\s*$| and\b)
(?:peace|god|grace|god'?s? grace|blessings|(?:good )?health|more power) (?:be )?(?:with|to) {YOU}
enjoy (?:your|the)
until next time
(?:it was |it'?s been |it has been |{ITS} )?(?:a |such a )?(?:pleasure|nice|lovely|great|good|glad) (?:to )?(?:meet|meeting|talk|talking|chat|chatting|speak|speaking)
{YOU} too
{YOU} (?:do|have) the same[\s!.:)(]*$
(?:{ITS} |it was |it'?s been |it has been |well )?(?:my|an absolute|a real|a|such a) pleasure
(?:{YOURE} |that'?s |{ITS} )?(?:too|so|very) kind(?=[\s,.!]*(?:$|thank|thanks|cheers))
i (?:really |truly |thoroughly )?enjoyed (?:our|the|this|talking|chatting|speaking)
all the best
best of luck
good luck
(?:{YOURE}|your|your are|you r) (?:so |very |quite |most |more than )?welcome
(?:and )?{YOU} (?:have|enjoy) a (?:good|great|nice|lovely|wonderful|restful|safe) (?:day|night|evening|weekend|one|time|christmas|holiday|break)
hope (?:that )?(?:the|things|it|everything|all|tomorrow|monday|this)\b
(?:i )?wish(?:ing)? (?:{YOU}|{YOUR}(?: [\w']+){0,2}?) (?:(?:all )?the (?:very )?best|(?:good |the best of )?luck|well|every success|an? [\w-]+)
(?:sending|send) (?:{YOU} )?(?:some |lots of |all the |my )?(?:good |positive |happy |best |warm )?(?:vibes|wishes|thoughts|luck|energy)
(?:talk|speak|chat) (?:to|with) (?:{YOU}|ya) (?:soon|later|tomorrow|then|next week|another time|on \w+day)
(?:{THATS}|that'?s) (?:it|all|us)(?: done)? for (?:today|now|tonight|this week|this time)
mind how {YOU} go
same time next (?:week|month|\w+day)
(?:{THATS}|that'?s|it'?s) what (?:we'?re|i'?m|we are|i am) here for
(?:we|{YOU}) (?:can|could) (?:wrap (?:it |this )?up|stop|end|finish|leave it|close)(?:(?: ${SESSION})? (?:here|there|now|for today|for now)| ${SESSION}(?=[\s.!:)]*$| whenever| when {YOURE}))
(?:{IM} )?still here
(?:{IM} |we'?re |all |i am |we are )?(?:rooting|cheering) for {YOU}
fingers crossed
(?:i )?(?:really |so |just )?hope (?:that )?(?:{YOUR}|the|things|it|everything|all|tomorrow|this) [^.?!]*(?:goes|go|went|turns? out|works? out|kicks? in|settles?(?: in)?|gets? (?:better|easier|a|some)|feels? better|recovers?|heals?)(?: (?:well|brilliantly|okay|ok|smoothly|great|fine|for {YOU}))?
keep (?:me|us) (?:posted|updated|in the loop)
let (?:me|us) know how (?:it|things|that|everything|(?:the|your) [\w-]+) (?:goes|go|went|turns out)
(?:{ILL} be |{IM} |i am |been |just )?thinking (?:of|about) {YOU}(?= *(?:today|tonight|this week|x+|<3|\W|$))
wishing {YOU}
(?:sounds|that sounds|it sounds) like a plan
my (?:door|inbox|dms?|messages|phone|line) (?:is|are|'?s) (?:always )?open
{WERE} (?:nearly|almost|about|just about|running) out of time
(?:{IM}|i am) (?:just )?(?:going to|gonna) (?:go through|ask (?:{YOU} )?|run through) (?:a few|some|a couple of) (?:questions|things)
same time (?:next (?:week|month|time|session)|in (?:a|one|two|three|four|\w+) (?:weeks?|months?|fortnight))
(?:{WERE} |{THATS} |that'?s )?all done (?:for today|for now|here|for this week)
(?:before {YOU} go,? )?let me (?:just )?(?:check|confirm|make sure) (?:we'?ve got|we have|i'?ve got|i have) (?:the right|{YOUR}|the correct)
(?:before we (?:finish|go|wrap up|start),? )?(?:{IM}|i am) (?:just )?(?:going to|gonna) (?:print|fill in|fill out|grab|jot|note|pop|make a (?:quick )?note|write (?:that|this) down|check (?:the|my) (?:diary|calendar|notes)|book (?:your|the|you in))
(?:{LETS}|we can|{WELL}) (?:do|sort|go through|look at|fill in) (?:the|this|that|your) [\w-]+ (?:in a (?:minute|moment|sec|second|bit)|later|at the end|after|next time)
(?:just )?to give {YOU} (?:an|a rough|a) (?:idea|sense|feel) (?:of )?(?:how|what) (?:today|this|the|we)
(?:(?:{THATS}|that'?s) (?:fine|ok|okay|alright|all right),? )?(?:we can,? (?:(?:um+|uh+|er+),? )?)?(?:we can|{LETS}) (?:leave|park|skip|drop|put|come back to|set) (?:that|it|this)(?: (?:aside|to one side|for now|for today|for later|there|till later|until later|another time))
(?:{LETS}|we can|{WELL}) (?:pick (?:this|that|it) (?:back )?up|come back to (?:this|that|it)|carry on|continue) (?:next (?:week|time)|another time|(?:at|in) (?:our|the) next (?:session|meeting|call|appointment))
{WELL} (?:see|look at|check|hear|talk about) (?:how|what)[^.?!]* (?:next time|next week|when we (?:meet|talk|speak|catch up)(?: again| next)?)
{WELL} spend (?:about |around |roughly |maybe )?[\w-]+ (?:minutes|mins) (?:or so )?(?:talking|looking|going|thinking)
(?:we'?ve|we have|we'?ve only|we only have|we have only) (?:got |just |only )*(?:(?:about|around|roughly|just|only|a few|a couple of|\w+) ){0,2}(?:more )?(?:minutes?|mins?)(?: or so)? (?:left|to go)
(?:please )?(?:bear|bare) with me
(?:we'?ve|we have) got (?:about |around |roughly |maybe )?(?:[\w-]+ )?(?:an hour|hour|minutes?|mins?|hours?)(?: or so)?,? (?:today,? )?(?:and )?(?:i thought|i'?d like|i want|so (?:i thought|let'?s))
today i (?:want|thought|'?d like) (?:to|we'?d) (?:go over|go through|look at|have a|do|talk about|start|cover)
(?:i )?(?:just )?(?:need|want) (?:your|a) signature
(?:just )?(?:a|your) signature (?:here|there|on|for)
(?:maybe|hopefully|perhaps) (?:{WELL}|we (?:can|might|may)) (?:meet|see each other|bump into each other|cross paths|catch up|chat|talk|speak)
  `,
  true,
);


/** Sympathy formulas ("Sorry you've had such a week"): other, not a reflection of what was said. */
export const SYMPATHY = cues(
  list`
(?:{THATS}|that was) not (?:a |the )?(?:fun|nice|easy|great)(?: (?:[\w-]+ ){0,2}to [\w-]+(?: (?:up )?to)?)?(?= *[.!]|$)
(?:that|it) came out wrong
(?:{IM} |i am )?(?:(?:so|really|very|truly|terribly|awfully) )*sorry(?: (?:to hear|(?:that )?(?:{YOURE}|{YOU})|that|about|for|for your|{YOUR}|he|she|they|we|the|this|things|it'?s|all)\b|(?=[,.!]|$))
(?:{THATS}|what) (?:a |such a )?(?:shame|pity)
my condolences
i (?:do |really |sincerely |must )?apologi[sz]e(?! to)
(?:my )?(?:sincere |sincerest |humble )?apologies
i (?:really |totally |completely |truly |do |can )?(?:know|understand|get) (?:exactly |just )?(?:how {YOU} (?:feel|felt)|how (?:that|it) feels|that feeling|the feeling|what {YOU} mean)(?: (?:all too|only too|so|very|really) well| completely| exactly| too)?(?=[\s,.!]*(?:believe me|trust me|honestly)?[\s.!]*$)
my heart goes out
(?:sending (?:you )?|big )(?:a )?(?:big |huge )?(?:hugs?|love|strength|good vibes)
sending (?:you |u )?(?:[a-z]+ ){1,4}(?:hugs?|love|strength|vibes|healing|thoughts|prayers|brew|cuppa|tea)
(?:saying|said) (?:a (?:little |quick )?)?prayers? for
(?:{ILL} |i will |i )?(?:definitely |also |certainly )?(?:say (?:a (?:little |quick )?)?prayers? (?:for|that)|pray(?: for| that)?) (?:{YOU}|{YOUR}|it|things|everything)
(?:praying|prayers) for {YOU}
solidarity\b
hugs? (?:to|for) {YOU}
i (?:really |just )?hate that {YOU}(?:'re| are|'ve| have| had| were) (?:having to |being |going through|dealing with|left|stuck|on {YOUR} own|alone)
  `,
  true,
);

const NORMAL_THINGS = ['normal', 'natural', 'common', 'understandable', 'very human', 'usual', 'fine', 'okay', 'ok', 'alright'];
const PRESENT_COPULAS = ['is', 'are', 'can be', 'gets', 'can get', "'s"];
const COPULAS = [...PRESENT_COPULAS, 'was', 'could be', 'must be', 'has been', 'have been', 'will be'];
const INTENSIFIERS = "(?:(?:a |an |so |really |very |quite |pretty |incredibly |definitely |always |often |completely |totally |perfectly |such a |one of the |among the )*)";
/** A generic subject: a gerund phrase ("Giving feedback to a friend") or a bare abstract noun ("Isolation", "Restructures"). */
const GENERIC_SUBJECT =
  "(?:(?!(?:thing|nothing|something|anything|everything|morning|evening|during|being told)\\b)[a-z]+ing\\b[^,.;?!]{0,50}?|[a-z]+(?:tion|ness|ment|ity|ship|ance|ence|ism|ief|oss|ange|orgs?|ures?|ons)\\b)";

/**
 * Normalising a hardship (RUBRIC.md: reassurance, other): something said to be hard for anyone, or in
 * general ("Restructures are tough on everyone", "Giving feedback to a friend is never easy",
 * "Feeling like that after a reorg is completely normal"). Not when the hardship is theirs ("... is hard for you").
 */
// In the present only: "Getting a yes out of them has been a slog" is their situation.
export const NORMALISING = cues(
  list`
(?:everyone|everybody|all of us|most of us|most people|we all) (?:feels?|felt|gets?|got) (?:like (?:an? )?(?:impostor|imposter|fraud|fake|failure|beginner|idiot|outsider)|that (?:way|wobble|feeling)|the (?:same|wobble|jitters|nerves|fear|guilt)|(?:a bit |a little |so )?(?:lost|nervous|anxious|scared|wobbly|overwhelmed|out of (?:their|our) depth))
${GENERIC_SUBJECT} ${oneOf(PRESENT_COPULAS)} ${INTENSIFIERS}(?:${oneOf(HARDSHIPS)}|${oneOf(NORMAL_THINGS)})(?! (?:for|on|to) (?:{YOU}|yourself))
[^,.;?!]{1,50}? ${oneOf(COPULAS)} ${INTENSIFIERS}${oneOf(HARDSHIPS)}(?: (?:thing|time|place|period|part)s?)? (?:on|for) (?:everyone|everybody|anyone|anybody|all of us|most (?:of us|people)|lots of|many|a lot of|plenty of|so many|people|the whole)
(?:{ITS}|it can be) ${INTENSIFIERS}(?:easy|common|normal|natural|understandable|${oneOf(HARDSHIPS)}) for (?:people|anyone|anybody|everyone|everybody|most (?:of us|people)|many people|us all|all of us|any of us) to
(?:these|those) (?:are|were|have been) (?:\w+ )?${oneOf(HARDSHIPS)} (?:times|days|weeks|months|years)
(?:{ITS}|it is|these are) ${INTENSIFIERS}${HARD_TIMES}(?![^.?!]*\b(?:{YOU}|{YOUR}|yourself)\b)
(?:it'?s been|it has been|it was|these have been) ${INTENSIFIERS}${HARD_TIMES} (?:all (?:a)?round|for (?:everyone|everybody|all of us|us all|most (?:of us|people)|the whole [a-z]+))
(?:{THATS}|{ITS}|this is|that'?s|it'?s) ${INTENSIFIERS}(?:${oneOf(NORMAL_THINGS)}) (?:thing|feeling|reaction|experience|response|worry|part|way to feel|problem|issue|struggle|mistake|wobble)
  `,
  true,
);

/** Outcomes foretold in reassurance: "you'll get past this", "you can find a team that values you". */
const GOOD_OUTCOMES = list`
get (?:past|over|through)
bounce back
come through
pull through
be able to (?:get|handle|manage|cope|overcome|move|figure|sort|find|do)
figure (?:it|this|things) out
handle
manage (?:it|this|that)
overcome
cope
be (?:fine|ok|okay|alright|all right|happy|happier|amazed|surprised|stronger|proud)
be (?:really |very |so |hugely |truly )?(?:successful|great at (?:this|it))
feel (?:a lot |a bit |much |so much |loads |heaps |far )?better
surprise yourself
have (?:a |an )?(?:much |far )?(?:better|happier|brighter) 
(?:find|get) (?:better|someone (?:better|who)|(?:a|another) (?:better |new |great )?(?:job|team|role|partner|place|manager) that|your (?:way|feet)|the strength|the courage|peace)
become (?:whoever|anything|whatever)
(?:find|get|meet) the right (?:one|person|fit|job|team|role|partner|thing|match|mentor|manager|school|place|home|path)
meet someone (?:who|better|new|special|else)
(?:find|get|land) (?:a|another|something)(?: [\w-]+)? (?:soon|before long|in no time|eventually|in time)
settle (?:in|down)
come (?:round|around)
be back (?:to|on|at) (?:(?:your|ur) )?(?:normal|old|usual|full|feet|work|[a-z]+ing)\b
(?:smash|ace|nail|crush|rock|own) (?:it|this|that|them)\b
land on (?:your|ur) feet
sail through
breeze through
`;

/** Qualities named in praise of the person: "You're such a caring manager". */
const GOOD_QUALITIES = list`
thoughtful
amazing
incredible
generous
kind
${CARING}
good
great
wonderful
strong
brave
smart
intelligent
lovely
loving
devoted
mature
level-headed
resilient
patient
wise
calm
considerate
`;

/** Qualities in "You seem like a capable person". */
const SEEM_QUALITIES = list`
nice
amazing
dedicated
go-getter
kind
caring
strong
intelligent
smart
capable
mature
lovely
great
good
thoughtful
hard[- ]working
resilient
brave
determined
wonderful
sensible
reasonable
decent
`;

/**
 * Reassurance and encouragement (RUBRIC.md: affirmation, other) that is not praise for something
 * done: "Anyone would feel stretched by that", "You'll handle this, I'm sure".
 */
// MITI's affirmation: a strength of theirs, even in a reflection's frame ("It sounds like you're a devoted dad").
// A good quality said to them with an intensifier: "You're very level-headed about all this".
// Normalising: "We all go through that", "Anyone in your shoes would feel the same".
// A good outcome foretold for them: "I'm sure with a bit of planning you can handle it", "You'll get past this".
// Or for someone they care about, or chances ahead: "I'm sure he'll land another role soon", "There'll be other chances", "It's only a matter of time before things pick up".
// Others on their side: "I'm sure your team knows how hard you work".
// Together, or from their side, without a deadline: "We'll get through this quarter together", "You're doing everything you can".
// Platitudes that console: "Every day is a fresh start", "Some things are out of our hands", "This is only temporary".
// Others will take it well: "They'll be far more understanding than you expect", "He'll understand".
// A verdict on them: "You're better off out of that project", "You're on the right track".
// Normalising: "Lots of new managers feel exactly the way you do", "Plenty of people struggle with this".
/**
 * Reassurance that denies a harsh verdict on them ("You're not a burden", "You're not overreacting", "Not daft at
 * all"); a list of its own, as REASSURANCE is at the size past which V8 stops optimising a regex. Both lists are
 * tied to the body's start; the reassurance rule asks this one first (classify.ts), which keeps the order the
 * alternatives had in the one list (every labelled row reads the same).
 */
export const DENIED_VERDICT = cues(
  list`
(?:{YOURE} not|you (?:were|was) not|you weren'?t|{YOU} (?:wouldn'?t|would not|won'?t|will not) be)(?: (?:a|an|being|at all))? (?:wasting|a burden|burden|bother|a bother|disaster|stupid|daft|silly|weak|crazy|mad|overreacting|rambling|bothering|failure|useless|pathetic|selfish|boring|annoying|too much|nuisance|a nuisance|monster|fool|idiot|nightmare|pain|thick|hopeless|letting (?:[\w-]+ ){0,2}down|bad (?:mum|mom|dad|parent|person|friend|carer))
(?:(?:it'?s|that'?s|it is|that is|{YOURE}) )?not (?:daft|dumb|ridiculous|stupid|silly|mad|crazy|weird|pathetic|lazy|selfish|weak|too much)(?: at all)?(?=[\s.!]*$|[,;] (?:just |really )?(?:it'?s|that'?s|you'?re|it is|you are)\b)
{YOURE} (?:so |really |definitely |definately |absolutely |honestly )?(?:not|NOT) (?:a |an )?(?:burden|weak|crazy|failure|failing|broken|stupid|selfish|lazy|worthless|overreacting|[a-z]+ing (?:it |this |anything )?wrong\b|being (?:dramatic|difficult|unreasonable|a pain|a nuisance|silly|awkward|needy|fussy)(?! *,)|alone|to blame|useless|pathetic|weird|mad|silly|fraud|fake|bad (?:[\w-]+(?= for\b| because\b| just\b|[.!,]|$)|person|parent|mum|mom|dad|friend|manager|leader))
`,
  true,
);

/**
 * Reassurance that what happened says nothing of their worth ("One bad review doesn't define you", "It's no
 * reflection on you"); a list of its own, as REASSURANCE is at the size past which V8 stops optimising a regex.
 */
export const NOT_A_VERDICT_ON_THEM = cues(
  list`
(?:(?:one|a|an|the|this|that|your|ur|my) )?(?:[\w-]+ ){0,2}(?:doesn'?t|does not|won'?t|will not|shouldn'?t|should not) define (?:{YOU}\b|{YOUR} (?:whole )?(?:[\w-]+ )?(?:future|life|worth|value|career|story|year)|who {YOURE})
(?:(?:{THATS}|{ITS}|this is|that is|it is|this|that|it|[\w-]+(?: [\w-]+)? (?:is|was)) )?(?:no|not (?:a|any)|never a|in no way a|isn'?t a|wasn'?t a) reflection on (?:{YOU}|{YOUR})
none of (?:this|that|it) (?:is|was) a reflection on (?:{YOU}|{YOUR})
`,
  true,
);

export const REASSURANCE = cues(
  list`
{YOURE} (?:absolutely |totally |completely )?(?:fine|alright|all right)(?=[,.! ]*(?:$|honestly|really|don'?t|take|no need))
(?:it|that|this|one [\w-]+(?: [\w-]+)?) (?:doesn'?t|does not|won'?t|will not) (?:make {YOU} (?:any )?(?:less|a (?:bad|worse))|undo|wipe out|erase|cancel out|take away)
anyone (?:would|could|might) (?:feel|be|find|struggle)
whatever {YOURE} (?:feeling|going through)(?: right now| now| today)? (?:is|'s) (?:(?:completely|totally|perfectly|absolutely) )?(?:okay|ok|valid|normal|allowed|fine|understandable|alright|all right)\b
i know ${DOES_NOT_FEEL} (?:like it|like that|that way)(?: (?:right )?now| at the moment| yet| today)?(?=,? but\b)
{YOU} (?:really |honestly )?(?:haven'?t|have not|havent|didn'?t|did not|didnt) let (?:anyone|anybody|any of (?:us|them)|them|him|her|us|me|(?:your|ur) [\w-]+) down
{YOU} (?:really |honestly )?(?:haven'?t|have not|havent|never) failed(?= *(?:[,.!;]|$|at (?:all|anything)\b|(?:anyone|anybody|them|us|me)\b))
(?:{ITS}|{THATS}|it'?s) not (?:all )?(?:on (?:you|u)|(?:your|ur) fault)
{YOU} (?:really )?(?:shouldn'?t|should not|{DONT} (?:need|have) to|needn'?t) (?:ever )?(?:feel|be) (?:so |too |at all )?(?:guilty|bad|ashamed|embarrassed|stupid|selfish|sorry|awful|terrible)
(?:{ITS}|{THATS}|it'?s) (?:(?:completely|totally|perfectly|entirely|so|very|only|really|quite|pretty|super|honestly|absolutely) )?(?:normal|natural|understandable|okay|ok|human|fine|alright) (?:to|that|for|if)
{YOU}(?:'ll| will) (?:handle|manage|get through|nail|smash|ace|cope with|figure out|sort out) (?:it|this|that)(?! (?:by|on|before|for|tomorrow|today|this|next))
{YOU}(?:'ll| will| can) (?:do|get through|beat|overcome|make) (?:it|this|that)(?! (?:by|on|before|for|tomorrow|today|this|next))
{YOURE} (?:going to|gonna) (?:be|do) (?:great|fine|ok|okay|brilliant|alright|amazing|well)
{YOURE} doing (?:so much |much |a lot |far |way )?(?:better|well|fine|great|brilliant|amazing)(?: than)?
{YOURE} (?:handling|coping with|managing|dealing with) (?:it|this|that|things|everything|all of (?:it|this)|the whole (?:thing|situation|lot)|(?:this|the|that) (?:whole )?situation) (?:so |really |far |much |way |a lot |incredibly )*(?:better|well|with (?:a lot of |such |real |so much |great )?(?:grace|dignity|care|patience|strength|maturity|courage|calm))
{YOU}(?:'ll| will) (?:be|do) (?:great|fine|ok|okay|brilliant|alright|amazing|well)
{YOU} should (?:be|do) (?:great|fine|ok|okay|alright|all right|well)\b(?! to\b)
{YOUVE} got this
(?:it )?(?:sounds|seems|looks) like {YOURE} (?:a |an |such a )?(?:really |very |so |truly |genuinely |incredibly )?${oneOf(GOOD_QUALITIES)}(?! (?:of|deal|amount|many|few|time|bit|idea)\b)
(?:{YOU} (?:have|got)|{YOUVE} got) (?:such )?an? (?:good|great|kind|big|wise|level) (?:head|heart)
{YOURE} (?:clearly |obviously |honestly )?(?:very|so|really|incredibly|remarkably|such a) ${oneOf(GOOD_QUALITIES)}(?! (?:about (?:the|your) (?:job|role|work)))
we all (?:go through|feel|get|have|struggle|wobble|make|need|do)
{WERE} all (?:finding (?:it|this|things) (?:hard|tough|difficult)|struggling|in (?:this|it) together|in the same boat|going through)
(?:anyone|anybody|most people|everyone) (?:in (?:your|that|the same|that kind of|a) (?:shoes|position|situation|spot|place)|else) (?:would|could|might) (?:feel|be|do|react|find|struggle)
(?:{YOUVE} got|{YOU} (?:have|got)) (?:exactly |just |absolutely )?the right (?:attitude|mindset|idea|instincts?|approach|outlook)
{YOU} got this
i (?:believe|have faith) in {YOU}
(?:{ITS} |{THATS} )?(?:good|great|brilliant|smart|wise|sensible|lovely|wonderful) (?:that |to hear (?:that )?)?{YOU}(?='|\s(?!know\b))
{IM} (?:really |so |very |quite |absolutely |totally )?(?:sure|confident|certain) (?:that )?(?:(?:with|in) time,? |eventually,? |one day,? )?(?:{YOU}|it|things|everything)(?![^.?!]*\b(?:by|before|on \w+day|tomorrow|tonight)\b)
{IM} (?:really |so |very |quite |absolutely |totally )?(?:sure|confident|certain) (?:that )?(?:{YOUR} (?:[\w'-]+ )?[\w'-]+|life) (?:will|'ll|is going to) (?:soon |definitely |all |only )?(?:be|look|get|feel|turn out) (?:a lot |much |so much |far |very |so )?(?:better|happier|brighter|easier|different|fine|ok|okay|great)
i know (?:that )?(?:{YOURE}|{YOU} (?:are|have|can|will|'ll|'ve))
{YOURE} (?:clearly |obviously |definitely |honestly )?(?:a |an |such a )?(?:very |really |so |truly )?${oneOf(GOOD_QUALITIES)} (?:person|partner|friend|parent|mother|father|mum|mom|dad|manager|leader|colleague|human|daughter|son|sister|brother|wife|husband|teacher|nurse|carer|caregiver|boss|grandad|granddad|grandma|grandmother|grandfather|nan|coach|lead|owner|student|worker|mate)
it says (?:a lot|something|so much) (?:about {YOU})?
(?:things|it|everything|this) (?:will|(?:is|are) going to|should) (?:get better|improve|work out|turn out|ease|pass|settle)
(?:things|it|everything|this) (?:will|(?:is|are) going to) (?:all )?be (?:ok|okay|fine|alright|better)
{YOURE} (?:certainly |definitely |really |absolutely |so |by no means )?not (?:alone|the only)
(?:{ITS} |it is )?not (?:uncommon|unusual)(?=[\s,.!]*(?:$|so|and|at all|{YOURE}|lots|many|plenty))
(?:everyone|everybody|we all|all of us|most of us)(?:'s| is| are|'re)? (?:feeling|struggling|finding (?:it|this|things)|going through)(?![^.?!]*\b(?:so|but|and) (?:we|{YOU}|let'?s)\b)
we (?:can )?all (?:can )?(?:relate|feel (?:that|it|the same))
(?:lots of|plenty of|a lot of|loads of|so many|many|most) (?:people|folks|of us|managers|leaders|parents|new [\w-]+) (?:suffer|deal|cope|live|wrestle|struggle) (?:from|with)
(?:it|that) (?:doesn'?t|does not) sound (?:daft|silly|stupid|mad|crazy|weird|dumb|ridiculous)(?: at all)?
(?:{YOUR} |these |those |the |all )?(?:feelings|worries|concerns|fears|emotions|reactions?|frustrations?) (?:are|is) (?:completely |totally |entirely |so |very |perfectly |100% )?(?:valid|understandable|justified|legitimate)
{YOURE} (?:so |so much |far |way |much )*more than
{YOU} (?:{DONT}|do not|dont) (?:have|need) to (?:have (?:it|this|that|everything|things) (?:all )?(?:figured|worked|sorted) out|be perfect|know (?:yet|everything|all the answers))
{YOU} (?:really |totally |absolutely |so |truly |honestly |100% )?deserve(?! to (?:know|hear|be told|see|get an? (?:answer|explanation|reason))\b)
(?:what {YOURE} (?:feeling|going through)|what {YOU} (?:feel|felt)|how {YOU} (?:feel|felt)|{YOUR} (?:reaction|feelings?|response|anger|frustration|worry|worries|fear)) (?:makes|make|made) (?:total |complete |perfect |so much |a lot of )?sense
(?:{YOUVE} got|{YOU} (?:have|got)) (?:the whole [\w-]+|everyone|all of us|us|a (?:whole )?(?:community|team|lot of people)|(?:so many|lots of|plenty of) (?:people|friends)) (?:here )?(?:behind|rooting for|with) {YOU}
{YOU} (?:won'?t|will not) be (?:on {YOUR} own|alone|by yourself)
{YOURE} (?:an? |such an? |an absolute |a total |a real |honestly a )?(?:legend|star|hero|rockstar|champ|gem|inspiration|warrior|superstar|trooper)
{YOU} did (?:everything|all|the best|what(?:ever)?) {YOU} (?:could|can)
{YOU} (?:matter|are enough|are loved|are worth it)\b
(?:there'?s |theres )?no pressure to (?:reply|respond|answer|decide|post|explain)
{YOU} (?:{DONT}|dont) owe (?:anyone|anybody|them|him|her|us|me) (?:an explanation|anything|a reply|an answer)
(?:this|the|our) [\w-]+ (?:has|have|'s got|got) {YOUR} back
(?:we'?ve|i'?ve|we|i) (?:all )?(?:got|have) {YOUR} back
(?:no ?one|nobody|no-one)(?:'s| is) (?:judging|blaming|going to (?:judge|blame|force|make|push|rush)) {YOU}
(?:no ?one|nobody|no-one)(?:'s| is) questioning (?:that|it|this|{YOUR})
{YOU} (?:did|have done|'ve done) nothing wrong
(?:it|this|that) (?:was|is|wasn'?t|isn'?t)(?: not)? (?:{YOUR}|ur) fault
(?:no ?one|nobody|no-one)(?: here| in this \w+)? (?:thinks|believes|is saying|sees {YOU} as) {YOURE}
{YOURE} (?:totally |completely |absolutely |still )?allowed to (?:feel|be|take (?:{YOUR}|a|some|the) time|grieve|rest|cry|say no|change {YOUR} mind|not|want|need|struggle|make mistakes|ask for|miss|take up space|put (?:yourself|urself) first|outgrow)(?=[^,;]*$)
(?:{WELL}|we can|we'?re going to) (?:deal with|face|handle|get through|cross) (?:it|that|this)(?: bridge)?(?: if| when|,? together)
{YOU} (?:made|took|did) (?:the|a) (?:right|good|brave|smart|wise|sensible|best) (?:decision|choice|call|thing|move)
(?:no ?one|nobody|no-one) (?:will|would|is going to|'?s going to|'?ll) (?:be )?(?:judg(?:e|ing)|blam(?:e|ing)|think(?:ing)? (?:any )?less of|hold(?:ing)? it against)
{YOU} (?:might|may|could) (?:even|well) (?:find|meet|get|end up|enjoy|like|love|surprise|come out)
{YOU} (?:seem|sound|look) (?:like |to be )?(?:a |an |such a )?(?:really |very |so |genuinely |real )?${oneOf(SEEM_QUALITIES)}
(?:there'?s )?(?:nothing|no shame) (?:wrong|to be ashamed) (?:with|of|in)
(?:there'?s |there is )?(?:no (?:reason|need)|nothing) to (?:feel |be )?(?:ashamed|embarrassed|worried|sorry|guilty|bad|afraid|scared|apologi[sz]e|worry)
(?:{IM} (?:so |very |quite )?(?:sure|confident|certain)|i (?:truly |really |honestly )?(?:believe|know|think|reckon|bet))(?: that)?(?: [^.?!]{0,40}?,?)? (?:{YOU}(?:'ll| will| can| are going to|'re going to)?|(?:{YOUR} [\w'-]+|they|he|she)(?:'ll| will| can| are going to|'re going to| is going to|'s going to)) ${oneOf(GOOD_OUTCOMES)}
{YOU}(?:'ll| will| can| are going to|'re going to) (?:definitely |surely |absolutely |totally |still |soon )?${oneOf(GOOD_OUTCOMES)}
{YOU}(?:'ll| will) find (?:it|things|this|that|life) (?:\w+ )?(?:easier|better|calmer|lighter)
there(?:'ll| will) (?:always |definitely |surely )?be (?:(?:other|more|plenty (?:more|of)|lots (?:more|of)|loads (?:more|of)|another|new)(?: [\w-]+)? (?:chances?|opportunit(?:y|ies)|openings?|jobs?|roles?|projects?|launches|promotions?|interviews?)|(?:someone|somebody)(?: else| out there| new)* (?:who|for {YOU}))
(?:{ITS} |it is )?(?:only |just )?a matter of time (?:before|until|till) (?:things|it|everything|life|{YOU}|he|she|they|{YOUR} [\w'-]+) (?:really |finally |start to |begin to )?(?:gets? (?:better|easier|back on track)|(?:pick|picks|look|looks|perk|perks) up|improves?|turns? (?:around|a corner)|works? out|settles?|calms? down|feels? better|(?:find|finds|land|lands|meet|meets) (?:a|another|something|someone|{YOUR}|their|his|her))
(?:(?:in time|eventually|in the end|sooner or later),? )?{IM} (?:so |very |quite )?(?:sure|confident|certain) (?:that )?(?:{YOUR} [\w'-]+|the [\w-]+|they|he|she)(?: (?:already|really|truly|do|does))? ?(?:knows?|understands?|appreciates?|loves?|cares?|sees?|values?|(?:will|'ll) (?:still |always |soon )?(?:know|understand|see|come round|forgive|appreciate))
(?:i (?:know|think|believe|bet) (?:that )?)?(?:{YOUR} [\w'-]+|they|he|she)(?: (?:already|really|truly|still|do|does|clearly|obviously|definitely|always))? ?(?:loves? {YOU}|knew (?:how much )?{YOU} (?:loved|cared|love|care)|cares? (?:about|for) {YOU}|appreciates? {YOU}|(?:are|is|'re|'s) (?:so |really |very |truly )?(?:grateful|thankful|proud)|(?:will|'ll) (?:still |always )?(?:know|understand) (?:{YOU}|how much|that {YOU}))
(?:{WELL}|we (?:can|will|are going to)|we'?re going to) (?:all )?(?:get through|make it(?: through)?|pull through|do (?:it|this|that)|beat (?:it|this)|get past (?:it|this))(?![^.?!]*\b(?:by|before|on \w+day|tomorrow|tonight)\b)
{YOURE} doing (?:everything|all|the best|what(?:ever)?|as much as) {YOU} (?:can|possibly can)
{YOURE} doing {YOUR} (?:very )?best
i (?:just |really |truly |honestly )know (?:that )?{YOU} (?:can|will|'ll|are going to)
(?:every|each) day is a (?:new|fresh) (?:day|start)
tomorrow is (?:another|a new) day
some things are (?:just |simply )?(?:beyond|out of) (?:our|your|anyone'?s|{YOUR}) (?:control|hands)
(?:this|it|that)(?:'s| is| will be) (?:just |only )?(?:temporary|a phase|a blip|a bump in the road)
(?:(?:maybe|perhaps|who knows,? maybe) )?(?:the [\w-]+|they|he|she) (?:will|'ll|might|may) (?:well |even |actually |really )?(?:appreciate|respect|thank|admire) {YOU}
(?:they|he|she)(?:'ll| will) (?:probably |definitely |surely |totally |all |still )?(?:understand(?! (?:the|a|an|this|it|what|which|how to)\b)|be (?:(?:a lot |much |far |so )?more )?(?:understanding|supportive|happy|glad|pleased|thrilled|fine (?:with|about))|love (?:to|having|it))
(?:{YOURE}|{YOU} (?:really|truly|honestly|definitely) are|{YOU} (?:might|may|could|would|'d) (?:well |even |probably )?be) (?:probably |definitely |much |far |so much |really |honestly )?better off (?:without|out of|away from|rid of|where {YOU} are|on {YOUR} own)
{YOURE} (?:already |definitely |clearly |certainly |totally )?(?:on the right (?:track|path|lines)|heading in the right direction|taking (?:a |the )?(?:first |big |huge |real |good )?steps? in the right direction)
{YOUVE} (?:already |clearly |really )?(?:shown|proved|proven|demonstrated)(?: (?:that|me|us|everyone|yourself|them))?(?: that)? {YOU}(?: can|'re|'ve| are| have)
(?:it|that|this) (?:really |just )?(?:shows|says|proves) (?:how|what|that {YOU}|{YOU})
(?:{IM}|i) (?:so |really |very |truly )?(?:glad|pleased|happy|proud) (?:that )?{YOU}(?:'re|'ve| are| have| were| did| managed| could| got| made| took| kept| said| spoke| talked| felt| decided| reached| stood| finally| asked| told)
{YOU} (?:so |totally |absolutely |definitely |really )?(?:have|got) this
(?:lots of|plenty of|a lot of|loads of|so many|many|most|heaps of) (?:[\w'-]+ ){1,4}(?:(?:are|were) )?(?:feel|felt|feeling|struggle|struggled|struggling|go through|going through|have been through|find (?:it|this|that) (?:hard|tough|difficult|stressful)|worry about (?:this|that|the same)|get (?:nervous|anxious|stressed))
{YOUR} (?:[\w'-]+ ){1,2}(?:will|'ll|is going to|are going to) (?:carry|see|get|pull) {YOU} through
there'?s (?:still |always )?(?:every|plenty of|good|some) reason to (?:be )?(?:hope|hopeful|optimistic|positive|keep going)
there(?:'?s| is) (?:always )?(?:another|a|an(?:other)?) (?:way|alternative|option)(?: (?:round|around|through|out of|past) (?:this|it|that|a [\w-]+ like (?:this|that)))?[\s.!]*$
  `,
  true,
);

/** Relief ahead, anywhere in the sentence: "This is a rough patch and it will pass". Tried after every instruction and advice rule. */
export const RELIEF_AHEAD =
  /\b(?:it|this|that|things|everything|the worst|the feeling|(?:this|the) [\w-]+)(?: will|'ll| is going to| are going to| should) (?:all )?(?:soon |hopefully |eventually )?(?:pass|get better|get easier|improve|ease|settle|(?:calm|quieten|quiet|die) down|be (?:ok|okay|fine|alright|all right|better|over))\b(?! (?:to|on|by|in)\b| (?:if|when|once|as soon as) (?:you|u)\b)|\b(?:things|it|this|that)(?:'s| is| are|'re) (?:not|never) (?:hopeless|the end of the world)\b|^there(?:'s| is) (?:still |always )hope\b/;

/** Records, forms and figures a fact about the other person can be read from. */
const RECORDS = list`
blood pressure
bp
ecg
pulses?
cholesterol
hba1c
message
email
letter
notes?
survey
form
rota
report
records?
dashboard
appraisal
review
data
figures
numbers
results
tests?
bloods?
scans?
x-rays?
readings?
levels
samples?
screens?
feedback
scores?
stats
tickets
timesheets?
utili[sz]ation
sales
targets?
metrics
attendance
absences?
ratings?
360
`;

/** Facts read from a record, form or survey about the other person ("Your utilisation came in at 62%"): information. */
export const RECORD_FACT = cues(
  list`
according to
(?:on|in) (?:the|your) (?:survey|form|rota|report|record|records|system|dashboard|appraisal|review|data|spreadsheet|timesheet|results|360|file)
(?:(?:just )?(?:having|taking) a (?:quick |little |brief )?(?:look|peek|glance) |looking )(?:at|through|over) (?:the|your) (?:notes|system|screen|file|record|records|results|figures|numbers|data|dashboard|timesheets?|rota|chart|bloods|report|spreadsheet|attendance|tracker|board)
it says (?:here|on (?:the|your) (?:system|screen|file|notes|record|records|chart))
(?:so,? )?(?:the|your) (?:[\w'-]+ ){0,2}${oneOf(RECORDS)}(?:(?:'s)? (?:[^.?!]{0,30} )?(?:says?|shows?|showed|came (?:in|back|out)|(?:have|has|'s) come (?:in|back)|rated|(?:is|are|was|were) (?:booked|due|scheduled|reopened|down|up|flagged)|puts?|records?|lists?)|(?:'s| (?:is|are|was|were)) (?:all |both |completely |totally |absolutely |still )?(?:fine|normal|clear|good|okay|ok|negative|positive|high|raised|stable|better|worse)\b)
  `,
  true,
);

/** Openers of a generic subject: "A weekly check-in ...", "Regular breaks ...". */
const GENERIC_DETERMINERS = list`
a
an
some
regular
weekly
daily
good
the right
more
less
fresh
`;

/** What a generic subject is said to do for people: "... can keep your team calmer". */
const WHAT_HELPS_DO = list`
help
keep
make
ease
reduce
improve
give
get
let
calm
lift
boost
stop
prevent
save
change
take
work
`;

/**
 * Words that cannot open a bare generic subject: people and things named by pronoun or determiner, the
 * words of formulas ("Life can be cruel", "Things can only get better", "Time heals" are remarks),
 * fillers and frames ("sounds like ...", "part of you can ...").
 */
const NOT_A_BARE_SUBJECT = list`
(?:you|u|ur|your|yours|yourself|i|me|my|we|our|us|they|them|their|he|him|his|she|her|it|its|one|people|folks|guys)
(?:that|this|these|those|there|here|what|which|who|whoever|whatever|when|where|how|why|if|as|like)
(?:things?|life|time|stuff|everything|nothing|something|anything|everyone|everybody|nobody|someone|somebody|anyone|anybody|noone)
(?:the|a|an|some|any|all|both|each|every|much|many|most|more|less|no|not|only|also|part|either|neither|other|another)
(?:so|and|but|or|just|maybe|perhaps|then|now|well|yeah|yes|yep|okay|ok|oh|wow|hey|hi|hello|god|gosh|lol|haha|honestly|really|actually|sure)
(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|mornings?|evenings?|nights?|today|tonight|tomorrow)
(?:sounds?|seems?|feels?|looks?|please|let|lets|thanks?|hope|sorry|love|good|great|nice|fair|same|luck|mum|mom|dad)
`;
/** A bare noun phrase of up to three words as a general subject: "Grief", "Shift work", "Heavy drinking". */
const BARE_SUBJECT = `(?:(?!${oneOf(NOT_A_BARE_SUBJECT)}\\b)[a-z-]+ ){0,2}(?!${oneOf(NOT_A_BARE_SUBJECT)}\\b)[a-z-]+`;
/** What a general subject is said to do, in the present: "raises blood pressure", "lands better". */
const CLAIM_VERBS = list`
(?:raise|lower|increase|reduce|help|hurt|affect|cause|release|improve|worsen|disrupt|trigger|land|build|drain|boost|ease|protect|damage|harm|interfere|slow|spread|feed|fuel|varie|peak|wear)s
(?:leads to|adds up|comes in waves|works better|works best)
`;
/** Comparisons a general claim makes: "Cutting back slowly is safer than stopping overnight". Not "harder" or "easier": how hard a thing is for them is their experience ("Remembering every day is harder than it sounds"). */
const COMPARED = '(?:safer|better|worse|healthier|cheaper|quicker|faster|slower|riskier|more [a-z]+|less [a-z]+) than';

/**
 * General statements about what helps people or what can happen, with a generic subject ("A weekly
 * check-in can keep your team calmer", "Blocking out focus time can ease your workload", "Grief can
 * come in waves", "Heavy drinking raises blood pressure"): information, even with "you" or a state
 * word in them.
 */
export const GENERAL_CLAIM = cues(
  list`
(?!(?:some|any|every|no)thing\b|morning|evening|during)[a-z]+ing\b[^,.;?!]{0,60}\b(?:can|could|may|might|will|would|tends? to|helps?|makes?|keeps?|gives?)\b
${oneOf(GENERIC_DETERMINERS)}\b[^,.;?!]{0,50}\b(?:can|could|may|might|will|tends? to|often|usually) (?:really |often |usually |also |probably |likely |definitely )?${oneOf(WHAT_HELPS_DO)}
(?:it|that|this) (?:can|could|may|might|will|often|usually|sometimes|tends to) (?:often |really |also )?(?:take|help|happen|feel|be|get|make|seem)
(?:at|in|on|through|via) (?:the )?[\w-]+(?: [\w-]+)?,? (?:{YOU}|people|staff|everyone|anyone) (?:can|could|may|get)
there (?:are|is) (?:free |some |lots of |plenty of |a few |several |many )?[\w-]+(?: [\w-]+)? (?:sessions|services|resources|courses|options|groups|programmes|programs|schemes|apps|sites|websites|tools|people|ways)
(?!(?:those|these|yours|ours|theirs|things|thanks|this|its|us|guys|folks|ideas|plans|your|ur|my|our|their|his|her|they|you|we|both)\b)(?:[a-z-]+ )?(?!(?:ideas|plans|things|thanks)\b)[a-z-]+s (?:are|can be) (?:really |very |so |pretty |also )?(?:good|great|helpful|useful|brilliant|amazing) (?:for|at|with)(?! {YOU}\b)
(?!(?:some|any|every|no)thing\b|morning|evening|during)[a-z]+ing\b[^,.;?!]{0,40}\b(?:is|can be) (?:a|an) (?:really |very |so )?(?:great|good|amazing|excellent|brilliant|fantastic|proven|natural) (?:[\w-]+ )?(?:reliever|way|tool|outlet|habit|remedy|cure|release|distraction|exercise)\b
  `,
  true,
);

/**
 * General statements with a bare subject, no article or pronoun: what a thing can do, does or is
 * compared with another ("Grief can come in waves", "Heavy drinking raises blood pressure", "Cutting
 * back slowly is safer than stopping overnight"). Information: without these they had no content to
 * inform with and were read as remarks. The subject's words leave out the formulas ("Life can be
 * cruel") and what belongs to their situation ("Weekends might be a place to start").
 */
export const BARE_CLAIM = cues(
  list`
${BARE_SUBJECT} (?:(?:can|tends? to|often|usually|generally|typically) (?:really |often |also |sometimes |even |quickly |slowly )?[a-z]+|(?:often |usually |generally |typically |really |also )?${oneOf(CLAIM_VERBS)}|(?:is|are) (?:usually |often |generally |much |a lot |far |way )?${COMPARED})
  `,
  true,
);

/** "It often helps to sleep on it": a recommendation in the form of a general claim. */
export const HELPS_TO = cues(
  list`
(?:it|that|this)(?: often| usually| really| sometimes| can| may| might| could| would)* helps? (?:to|if|when)
(?:it'?s|it is|it can be|it may be|it might be) (?:often |usually |really |always )?(?:helpful|useful|worth) (?:to|if)
  `,
  true,
);

/**
 * A warning of what will happen to them if they go on as they are ("If you carry on like this you'll
 * burn out by spring"): information about consequences, given to change course. Only harm counts: "If
 * you keep going like this you'll get there" is encouragement. Anchored at the body's start, and the
 * condition holds no comma, so "If you don't want to lose them, ring them" stays an instruction.
 */
export const WARNING = cues(
  list`
if {YOU} (?:just )?(?:keep|carry on|continue|go on|{DONT}|never|stop|skip|ignore|leave)\b[^,.;?!]{0,60}?,? (?:then )?(?:{YOURE}|{YOU}(?:'ll| will| could| might)|it(?:'s| is|'ll| will| could| might)|that(?:'s| is|'ll| will)|things(?:'ll| will| are))(?: (?:going to|gonna|probably|likely|just|really|quickly|soon|definitely))* (?:looking at|end up|lose|regret|burn (?:yourself )?out|get (?:worse|ill|sick|hurt|fired|sacked|in trouble|into trouble)|fall behind|miss|be in trouble|catch up with|run out|make (?:it|things) worse|damage|hurt|cost|come back to bite)
  `,
  true,
);

/** Before a cue: the words were someone else's ("being told you have to redo it"), not the leader's instruction. */
export const REPORTED_BEFORE =
  /(?:\b(?:it |that |this )?(?:feels?|felt) like\b[^,.;!?]{0,40}|\b(?:you'?re|you are|they'?re|he'?s|she'?s) (?:not )?(?:(?:really|totally|entirely|quite) )?(?:sure|certain|convinced)(?: that)?\s*|\b(?:you|u) (?:felt|knew|thought)(?: that)?\s*)$|\b(?:told|tells|telling|asked|asks|asking|said|says|saying|ordered|instructed|expected|hearing|heard|message was|line was)\b(?:\s+(?:you|u|me|him|her|them|us|that|basically|just|to))*[\s,:]*["'\u2018\u201c\x93]?\s*$/;

/** The leader's own good wishes, offers and pleasure in the conversation ("I hope you feel better", "I'm glad we talked"): other. */
export const RAPPORT = cues(
  list`
(?:i )?(?:really |truly |just |sincerely |do |honestly )?(?:wish|hope) (?:that )?(?:{YOU}(?!(?:'ll| will| can| might) (?:think about|consider|talk to|speak to|see a|see {YOUR}|reach out|look into|try|get (?:some|help|checked|a|{YOUR})))|i'?ve|i have|i was|i could|i did|it|things|everything|the rest|(?:some|any|all|one) of|something|what|my (?:[\w'-]+ )?(?:notes|advice|words|thoughts|ideas|suggestions?|tips|input|help|ramblings?))
(?:{IM} )?(?:so |really |very |always )?(?:happy|glad|pleased|here) (?:to (?:help|assist|listen|chat|talk|end|stop|finish|wrap up)|i (?:was|could)|we (?:could|got|had|were|talked|spoke|chatted)|for {YOU}|if i)
{ILL} (?:try|do) my best
(?:so |really )?(?:glad|happy) {YOU} (?:found|reached out|posted|joined|came|asked|wrote|shared)
i (?:got|hear|feel|see) {YOU}(?! (?:say|said|mention|\w+ing))
{IM} (?:all ears|listening|here for {YOU}|here to (?:help|listen))
{ILL} keep (?:checking|an eye on) (?:this|the) (?:thread|post|chat|page)
{YOURE} (?:always |still )?welcome (?:here|back)
(?:(?:i )?just )?wanted to (?:say|let {YOU} know)
my door'?s (?:always )?open
{YOU} can (?:always |still )?(?:come back|reach out|get in touch|message (?:me|us)|talk to (?:me|us)|call (?:me|us))(?: (?:here|to (?:me|us)))?(?= *(?:[,.!;]|$)| (?:any ?time|whenever|if|again)\b)
(?:just )?(?:so {YOU} know,? )?(?:the|this|our) chat (?:will|is going to|'s going to|is gonna|'ll) (?:close|end|finish|time out)\b
(?:{WERE}|we are) open (?:every|each|all|round the clock|until|till|on|tonight|tomorrow|at)\b
(?:i'?ll be )?back in (?:a|one|two|five|ten|\d+) (?:minutes?|mins?|secs?|seconds?|moment|tick)
(?:come (?:on )?in(?= *(?:[,.!]|$|come\b))|(?:grab|have|take) a (?:seat|chair|pew)|sit (?:wherever|anywhere|yourself down))
(?:{IM} )?(?:always |still )?here if {YOU} (?:want|need|fancy)
(?:(?:ping|message|dm|pm|text|ring|call|phone|email|buzz) me|give me a (?:call|ring|shout|bell|buzz)|drop me a (?:line|message|note)) (?:after |later |anytime |any time |whenever |tomorrow )?if {YOU} (?:want|need|fancy)
(?:we'?re|we are) (?:all |always )?here (?:for {YOU}|if {YOU} need)
i (?:like|love) (?:{YOU}|that idea)
  `,
  true,
);

/** Praise or relief with no cue of its own ("Two months of savings is fantastic!"): affirmation, not information. */
export const POSITIVE_VERDICT =
  /\b(?:fantastic|awesome|amazing|wonderful|brilliant|excellent|great news|good news|impressive|admirable|brave|courageous|inspiring|understandable|commendable|lovely|proud|terrific|marvell?ous)\b/;

/**
 * The leader's own state or standing, said in passing ("I'm okay, a bit tired", "I'm no expert",
 * "I've had weeks like that myself"): small talk or self-disclosure, which coders call other, not
 * information. Anchored at the start of the sentence's body.
 */
// Said in passing, with nothing told about it: "I had the same problem when I ran support" offers an experience (information).
export const OWN_STATE = cues(
  list`
(?:i (?:felt like i |feel like i )?)?could(?: have|'ve) (?:written|said|posted) (?:(?:every|each) word of |all of )?(?:it|this|that|your post|this post|your message|this message)(?: myself)?
{IM} (?:doing |feeling |keeping )?(?:ok|okay|alright|all right|fine|good|great|well|not bad|not too bad)(?=[\s,.!]|$)
{IM} (?:no|not an?) (?:expert|doctor|therapist|professional|specialist|counsel+or)
{IM} (?:so |really |very |always |more than )?(?:happy|glad|pleased) to (?:stay|stick around|keep|be here|hang on|carry on)
(?:{IM} )?(?:(?:so|really|very|always|more than) )?(?:happy|glad) to be (?:a|your) sounding board
{IVE} (?:had|felt|been through|gone through|struggled with) (?:[\w'-]+ ){0,3}(?:like that|like this|the same|that too|this too|similar|myself|before)(?: myself| too| before)?[\s.!]*$
{IVE} been there
me too
same here
  `,
  true,
);

/**
 * Siding with the other person about someone else's conduct ("She had no right to ...", "That was
 * out of order from him", "What a rotten thing to do"): the leader's verdict, not their meaning
 * given back, no fact and no advice. Coders call it other (or affirmation).
 */
export const SIDING = cues(
  list`
(?:{THATS}|it'?s|it is|this is|that was|it was|this was) (?:just |so |really |totally |completely |very |pretty |a bit )?(?:not fair|unfair|out of order|out of line|not on|not okay|not ok|not right|wrong of|unacceptable|uncalled for|rotten of|mean of|cruel|harsh of|nasty of|low of)
(?:he|she|they|[\w-]+) (?:had|has|have) no (?:right|business)
(?:nobody|no ?one|no-one) (?:has|had) (?:the|any) right
(?:he|she|they|{YOUR} [\w-]+) (?:really )?(?:shouldn'?t|should not|should never|ought not to) (?:have )?(?:treat|treated|speak|spoken|talk|talked|say|said|dump|dumped|put|leave|left|ask|asked|do|done|be)
what an? (?:rotten|horrible|awful|terrible|mean|nasty|cruel|unfair|cheeky|lousy|rubbish|low|selfish) (?:thing|way|move|trick)
(?:{YOU} )?(?:don'?t|didn'?t|do not|did not) deserve (?:that|this|to be)
i (?:can'?t|cannot|can not|couldn'?t) believe (?:he|she|they|{YOUR} [\w-]+)(?: (?:still|actually|would|did|has|have|hasn'?t|haven'?t|is|isn'?t))
(?:ain'?t|isn'?t) that the truth
  `,
  // Anchored: the verdict opens the sentence (after fillers); it is tested on most statements, so it must be cheap.
  true,
);

/** "Nobody gets this right first time": nobody is perfect, said to reassure; not an instruction or a fact. */
export const NOBODY_PERFECT = cues(
  list`
(?:nobody|no one|no-one) (?:gets?|got|has|does|did|is|knows?) (?:this|it|that|everything|all of (?:it|this)|every \w+) (?:right|sorted|figured out|perfect|nailed)
(?:nobody|no one|no-one)(?:'s| is) perfect
(?:nobody|no one|no-one)(?: expects| is expecting|'s expecting| would expect) (?:you|u) to (?:be|get|know|have|do|manage|remember|cope|sort|pick|fix|carry|handle|take)
we all (?:make mistakes|get (?:it|things) wrong|slip up|have (?:bad|off) days)
(?:{WERE}|we are) (?:all )?(?:only )?human
(?:everyone|everybody|we all) [a-z]+s? (?:[\w'-]+ ){0,4}(?:now and then|now and again|from time to time|once in a while|at some point)
  `,
  true,
);
