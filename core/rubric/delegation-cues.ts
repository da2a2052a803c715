import { cues, list } from './pattern';
import { TAKEOVER } from './move-cues';

// Signals of who owns the decision or task in play (RUBRIC.md §2, Management 3.0 delegation levels).
// Each is looked for across the whole reply; delegation.ts weighs them.

export { TAKEOVER };

/** Level 7: the other person owns it outright. */
// Trust in their judgement, or the leader content to leave it with them.
export const DELEGATE = cues(list`
(?:it'?s|it is|this is|that'?s|this one'?s|that one'?s) (?:all |now |entirely |completely )?(?:yours|urs)
(?:it'?s|it is|this is|that'?s|they'?re) (?:now )?(?:your|ur) (?:project|baby|show|area|thing|domain|decision to make|responsibility|problem to solve) (?:now|from here)?
(?:this|it) (?:is|'?s) (?:your|ur) (?:project|baby|show|area|thing|domain|responsibility) now
i (?:fully |completely |totally )?trust (?:you|u) (?:to|with|completely|fully|on this|here|100)
i (?:fully |completely |totally )?trust (?:your|ur) (?:judg(?:e)?ment|call|instincts?|decision|read)
{IM} (?:happy|comfortable|fine|ok|okay|content|glad) (?:for (?:you|u) to|(?:to leave|leaving) [^.?!]{0,40}\b(?:with|to) (?:you|u)\b)
(?:happy|comfortable|fine|content) for {YOU} to (?:decide|choose|pick|make the call|take the decision|own|lead|run|handle)
(?:you|u) (?:to )?own (?:this|it|the|them|those|these)
(?:fully |totally )?empowered to
do {YOUR} thing
use {YOUR} (?:own |best )?(?:judg(?:e)?ment|discretion)
(?:you|u)(?<=(?:^|[.!?,;] )(?:you|u)) (?:sort|negotiate|handle|run|decide|sign) (?:it|this|that|them)(?: out| off)?(?= *(?:[.!,;]|$))
(?:you|u)(?<=(?:^|[.!?,;] )(?:you|u)) take (?:it|this|that|them|things) (?:from here|forward)(?= *(?:[.!,;]|$))
{YOU} lead on (?:it|this|that)
i (?:{DONT}|won'?t) need (?:the|all the|to know the|to hear the) details
no sign-?off (?:from me )?(?:needed|required)
(?:no need|(?:you|u) {DONT} need|(?:you|u) do not need|(?:you|u) don'?t have) to (?:check|run it|ask|clear it|get my)
(?:you|u) {DONT} need my (?:approval|sign-?off|permission|ok|okay|blessing|input)
no need (?:for my|to run it|to check)
(?:full|complete|total) (?:authority|ownership|control|autonomy|discretion|freedom)
run (?:it|with it|this|the \w+) (?:however|as|the way|any way|anyway|how) (?:you|u) (?:see fit|like|want|think)
{ILL} leave (?:it|this|that|them)(?: one)? (?:with|to) {YOU}
(?:{IM} not|i won'?t|i will not|{IM} not going to|i'?m not gonna) (?:going to )?(?:second-guess|second guess|micromanage|interfere|get involved|step in|check up)
(?:you'?re|you are|ur) in charge
over to (?:you|u)
i'?ll stay out of (?:it|this|your way)
(?:you|u) have (?:the )?(?:final say|last word|final call|my full (?:trust|backing|support))
(?:you|u) (?:can|get to) (?:make|take) (?:all )?(?:the|those|these) (?:calls|decisions)
(?:you'?re|you are) the (?:owner|decision-?maker|lead|one (?:who|to) decide)
(?:the|this) (?:decision|call|project|work|task) is (?:all |entirely )?(?:yours|in your hands)
in your hands
(?:is|are|'?s) (?:all |now |entirely |completely |both )?(?:yours|urs)
they(?<=(?:^|[.!?] |^(?:yes|yep|sure|ok|okay),? )they)'?re (?:all |now )?(?:yours|urs)
{YOURE} (?:driving|leading|steering) (?:this|that|it)(?: one)?(?= *(?:[.!,;]|$))
(?:it'?s|it is|this is|that'?s) (?:now )?{YOUR} (?:case|patch|account|client|sprint|team|store|ward|site|event|budget|floor|section|process|kitchen|department|shift|rota|plan|scheme|handover|project)(?= *(?:[.!;,]|$|now\b|though\b|to (?:run|make|call|manage|lead|decide|own)\b))
i won'?t be checking (?:in|up)
{YOU} know what {YOURE} doing
{YOUR} [\w-]+, {YOUR} (?:rules|call|pick|choice|decision|shout|way)
(?:{IM} not (?:going to|gonna)|i won'?t|i will not) (?:decide (?:this|that|it)(?: one)?|make (?:this|that|the) (?:call|decision)) for {YOU}
{YOURE} the (?:owner|decision-?maker|lead|one (?:who|to) decide)
no need to (?:loop|keep|copy|cc|check|run|ask|clear)
`);

/** Denied or past, "your choice" hands nothing over: "it wasn't exactly your choice to be here" gives their story back. */
const NOT_NOW = String.raw`(?<!(?:\bnot|n'?t|\bwas|\bwere)(?: (?:never|exactly|really|entirely|even|just|only|always))* )`;

/** The other person decides: levels 5-7 depending on what comes with it. */
// The other person as the one who decides, told so in the imperative or as permission.
// Questions that give them the next step to choose: "What would you like to do next?", "What would you try first?".
export const THEY_DECIDE = cues(list`
(?:you|u) (?<!\b(?:if|when|once|unless|whether|until) (?:you|u) )(?:decide|choose|pick|make the call|call it|get to (?:decide|choose|pick)|make the decision|take the (?:decision|call)|have the final say|can decide|(?:take|make|have) the final (?:call|decision|say))
only (?:you|u) (?:can|could|get to|really) (?:decide|choose|weigh|judge|know|say|make (?:that|this|the) (?:call|decision)|work (?:that|this|it) out)
(?:you|u) (?:can|could) (?:always |just |still )?(?:say no|decline|turn (?:it|this|that) down|change (?:your|ur) mind)
(?:it'?s|that'?s|this is|it is|that is) (?:totally |entirely |completely |really |ultimately )?(?:your|ur)(?: team'?s| own)? (?:call|decision|choice)
${NOT_NOW}(?:your|ur) (?:(?:call|choice|shout)(?! (?:is|was|on|about|with))|(?:call|shout) on (?:who|what|which|whether|how|when|where))
whatever (?:[\w-]+ )?(?:suits|works for) {YOU}
(?:how|however|the way) {YOU} (?:think|reckon|feel)(?: is| it'?s)? (?:best|right|makes sense|works)
(?:pick|choose)(?<=(?:^|[.!?,;] |^just |[.!?,;] just )(?:pick|choose)) (?:one|either|any)(?= *(?:[.!,;]|and\b|$))
(?:whichever|whatever|however|whoever|what|the) (?:[\w-]+ ){0,2}{YOU} (?:think|reckon|feel)(?: is|'s| are|'re)? (?:best|right|works|fits|strongest|most suitable)
(?:feel free|{YOURE} (?:welcome|free)) to (?:decide|choose|pick|set|make|take|run|go with|do|sort|shape|design|plan)
(?:decide|choose|pick|work out|figure out) (?:how|what|which|whether|where|when) [^.?!]{0,60}\b(?:let me know|lmk|tell me|keep me posted)
(?:however|whichever way|whatever) (?:works|suits) (?:best )?(?:for )?(?:you|u|the team|your team|your lot)
(?:pick|choose|go with|use|do) (?:whichever|whatever)(?! (?:we|i)\b)
(?:(?:it'?s|that'?s|it is|that is) (?:totally |entirely |completely |really |ultimately )?)?up to (?:you|u)(?! to| (?:whether|if) {YOU} (?:want to |wanna |'?d like to )?(?:grab|have|get|take|fancy) (?:a |some |your )?(?:coffee|tea|cuppa|lunch|break|breather|drink|sandwich|bite|snack|seat|minute|moment)\b)
(?:the )?(?:decision|call|choice) is (?:totally |entirely |ultimately )?(?:yours|your)
whatever (?:you|u) (?:think|choose|decide|feel|prefer|want|go with|pick|reckon|settle on|land on|go for|come up with)
(?:go ahead(?! and| if we| once we)(?<!\bonly go ahead)|go for it|run with it|go with it(?<!\b(?:i|we)(?:'?ll| will| would|'?d)? go with it)|(?<!\b(?:i|we)(?:'?ll| will| would|'?d| need to| have to| get to| want to| must)? )make the call(?! together| jointly| as a team| between us)|knock yourself out)
(?:pick|choose|use|take|go with) (?:the|whichever|whatever|whoever|one|what|an?|whichever one) [^.?!]{0,40}(?:you|u) (?:prefer|like|want|think|feel)
(?:pick|choose|take|ask|bring|invite) whoever {YOU} (?:want|like|prefer|think)
do (?:what|whatever) (?:you|u) (?:think|feel|want|reckon)
(?:however|whichever way|as) (?:you|u) (?:both |all )?(?:see fit|like|want|think best|prefer)
tell me (?:what|who|which [\w-]+) {YOU}(?:'ve| have)? (?:picked|chosen|decided|gone with|gone for|settled on|got)
whichever (?:[\w-]+ )?(?:is|seems|looks) (?:suitable|best|right)
how {YOU} see fit
go ahead and (?:pick|choose|decide|select)
what (?:feels|seems) (?:right|best) (?:to|for) {YOU}
when(?:ever)? {YOURE} happy with (?:it|that|them|the)
(?:want|wanna|like|fancy) to own (?:the|this|it|that)
fancy owning
do (?:what|whatever) (?:(?:feels|seems) (?:right|best)|makes (?:most |the most )?sense)
if {YOU} think (?:it'?s|that'?s|he'?s|she'?s|they'?re|it is|he is|she is|they are) (?:right|ready|best|fine|worth it|the right)
go with {YOUR} (?:gut|instincts?|call)
what (?:would|do) {YOU} (?:want|like|wanna) to go (?:with|for)
which (?:one )?(?:do|would) {YOU} (?:want|like|wanna) to go (?:with|for)
(?:{THATS}|it'?s) (?:really |all |entirely )?down to {YOU}
take(?<=(?:^|[.!?,;] )take) (?:it|this|that) on(?= *(?:[.!,;]|$))
i'?ll (?:back|support) (?:you|whatever|your decision)
{IM} (?:happy|fine|ok|okay) with whatever
(?:is |are )?fine (?:by|with) me
(?:you|u) know (?:the \w+|them|this|it|the situation|best|better) better
{YOURE} (?:best placed|closer to (?:it|this|them|the)|in the best position)
${NOT_NOW}{YOUR} decision
{YOURE} the (?:one|only one|person) (?:who|that) (?:decides|gets to decide|chooses|gets to choose|makes the call)
(?:it'?s|that'?s|it is|that is) (?:really |entirely |totally )?(?:for {YOU}|yours) to (?:decide|choose|say|judge|work out)
(?:either (?:way|one)|both|whichever {YOU} (?:choose|pick|decide)) (?:is|are|would be|will be) (?:fine|ok|okay|great|good)(?: (?:by|with) me)?
(?:it'?s|it is) (?:totally |entirely |completely |really |ultimately )?(?:your|ur)(?: own)? (?:life|career|body|money|marriage|relationship|business|health)(?= *(?:[,.!;]|$|and\b|not (?:his|hers|theirs|mine|ours|anyone)\b))
{YOU} know (?:yourself |(?:{YOUR}(?: own)?|that|this|the) [\w-]+ |(?:him|her|them) )?(?:best|(?:far |much |way |a lot |so much )?better than (?:anyone|anybody|me|i do|we do|any of us|us))
{YOU} know (?:yourself )?what {YOU} can (?:manage|handle|take on|cope with|do|carry)
i'?ll go with (?:whatever|your)
what (?:would|do|will) {YOU} (?:like|want|wanna|choose|decide|plan) to do (?:next|now|about (?:it|this|that)|from here|with (?:it|this|that))
how (?:do|would|will) {YOU} (?:want|like|wanna|plan|intend) to (?:handle|approach|tackle|play|take|deal with|proceed|go about|manage|run|move|use|spend|split|share|roll|structure|set up|organi[sz]e)
what do {YOU} need from me to (?:take|move|carry|get|push) (?:this|it|that)
what'?s (?:your|ur) (?:plan|next step|next move)
where do {YOU} want to (?:take|go with) (?:this|it|that)
what (?:would|will|do) {YOU} (?:want to |like to |wanna )?(?:try|do|tackle|change|start with|go for|pick) (?:first|next)\b
where (?:would|will|do) {YOU} (?:want to |like to )?start(?= *(?:[?.!,;]|$| with\b))
which (?:(?:option|one|route|approach|way|plan|idea|of (?:these|those|them)) )?(?:would|will|do) {YOU} (?:(?:like|want) to )?(?:go for|go with|pick|choose|take|want|try (?:first|next))\b
`);

/**
 * Courtesies that leave the other person free to refuse what the leader brings (a tip, some news, a
 * topic): autonomy in the conversation, not a decision handed over. After the leader's own view they
 * make it one the other may take or leave (level 5); alone they put no decision in play.
 */
export const COURTESY = cues(list`
we (?:don'?t|do not) have to (?:do|talk about|go into|cover|get into|discuss) (?:anything|that|it|this)
(?:we|{YOU}) {DONT} have to (?:[\w']+ ){0,5}(?:anything|tonight|today|right now|yet)(?= *(?:[.!,;]|$|or\b))
(?:{IM} )?not saying {YOU} (?:have|need) to
{YOU} (?:can|could) (?:always |just |totally )?(?:tell me|let me know|stop me|say)(?: (?:so )?(?:if|when|whenever|any ?time|to stop))
(?:some|any|none|all|one|a few) of (?:them|it|this|these|those) (?:might|may|could|will) (?:well )?(?:not )?(?:be|suit|work|fit|help)(?: (?:no good|useful|right|relevant|for {YOU}))?
take (?:it|them|what {YOU} (?:want|need|like)) or leave (?:it|them|the rest)
take what'?s (?:useful|helpful|good) and (?:ignore|leave) the rest
only if {YOU} (?:want|like|feel like|'?re up for)(?: (?:to|it))?
`);

/** Level 6: the other decides and tells the leader afterwards. */
export const REPORT_BACK = cues(list`
let me know
lmk
(?:fill|keep) me (?:in|posted|updated|in the loop)
update me
loop me in
keep me in the loop
tell me (?:how (?:it|that|things) (?:goes|lands|went|landed)|what (?:you|u) (?:chose|decided|went with|picked|choose|decide)|afterwards|after)
(?:send|drop|flick|pop|shoot|fire|ping|email) me (?:a |an )?(?:quick |short )?(?:note|line|message|msg|update|summary|heads-up|text|email|copy)
inform me
keep me informed
(?:so|just so) {IM} (?:across|aware of|in the loop on) (?:it|this|that)
give me a (?:heads-up|heads up|shout)
report back
(?:let me|i'?d like to) hear how
ping me
(?:copy|cc) me (?:in|on|into)
`);

/** Level 5: the leader's own view, offered. */
export const OPINION = cues(list`
in my experience
(?:i'?ve|i have) (?:always )?found
my (?:two cents|2 cents|view|take|suggestion|advice|instinct|gut|opinion|preference|vote|thinking)
for what it'?s worth
(?:i'?d|i would) (?:probably |personally |maybe |likely )?(?:lean|go|pick|choose|call|push|delay|suggest|recommend|start|prefer|do|watch|try|avoid)
here'?s (?:what|how) i'?d
if it helps
i can share
if i (?:were|was) (?:you|u)
i (?:think|reckon|feel|suspect)
personally
(?:here'?s|heres) what i'?d watch
one (?:idea|option|thought)
have you (?:thought|considered|tried)
(?:maybe|perhaps) (?:you|u) (?:could|might)
`);

/** Level 4: decided jointly. */
export const TOGETHER = cues(list`
(?<!put )together
jointly
{LETS} (?:both |all )?(?:agree|decide|settle|work out|figure out|(?:work|figure) (?:it|this|that) out|choose|pick|make the call|sit down|align|hash|talk it through and)
(?:{WELL}|we can|we could|we should|we'?ll) (?:decide|agree|settle|choose|pick|make (?:this|the|that) (?:decision|call)) (?:together|jointly|as a team|between us)?
(?:{WELL}|we can|we'?ll|and) (?:agree|decide|work out|figure out|thrash out|hash out) (?:who|what|which|how|whether)\b
(?:between|among) us
(?:hash|thrash|hammer) (?:it |this |that )?out
(?:we'?re|we are) both (?:happy|comfortable|ok|okay) with
as a (?:team|group|ward|department|crew|watch|shift)
{LETS} [^.?!]{0,40}\band (?:agree|decide|settle|work out|figure out|choose|pick)\b
shall we (?:call it|agree|settle|go with|decide)
{LETS} both
(?:we|us) (?:both|two) (?:decide|agree|sign off)
shared decision
a joint
you and (?:i|me)
(?:agree|decide) on (?:a|the|this|that|it) (?:plan|approach|way|option|next step)
`);

/** Level 3: input wanted, the leader keeps the decision. */
export const LEADER_DECIDES_AFTER = cues(list`
(?:{ILL}|i shall) (?:then |still |ultimately )?(?:(?:make|take) (?:the|a) (?:final )?(?:call|decision|cut)|think (?:it|this|that) through|be (?:finali[sz]ing|signing (?:it |this |that )?off)|decide|weigh|choose|pick|think (?:about )?it over|think about it|consider it|mull it over|sleep on it|come back to you|get back to you with (?:a|my) decision|take (?:it|that|your view) into account|have the final say|sign off)
before i (?:decide|choose|make|commit|sign off|go ahead|pick|settle|set|finali[sz]e|send (?:it|this|that)|submit|take (?:it|this|that)|sign (?:it|this|that|the [\w-]+) off|put (?:it|this|that) forward)
(?:have|need) to give (?:[\w-]+ ){0,3}my (?:decision|answer)
(?:then|and then) i'?ll (?:decide|make the call|choose)
(?:the )?(?:final )?(?:call|decision|say|sign-?off) (?:is|will be|stays|rests|has to be|needs to be|must be) (?:mine|with me)
(?:'s|is|will be|'ll be) (?:ultimately |still |in the end )?my (?:call|decision|decision to make|recommendation to make)
{ILL} (?:then )?set (?:the|a) (?:process|rules?|policy|scope|plan|final)
(?:sits|rests|stays|lies) with me
{IM} (?:deciding|making the (?:final )?(?:call|decision|choice|appointment))
i (?:still )?(?:have|get) (?:to make )?the final (?:say|call|decision)
i(?: (?:need|have|get|want|must) to (?:decide|(?:make|take) (?:the|this|that) (?:final )?(?:call|decision))|(?: need| have|'?ve got) to sign (?:it|this|that) off)
{ILL} take a view
leave the (?:final )?(?:decision|call) (?:with|to) me
(?:{ILL} be|{IM}) (?:choosing|deciding|picking)
(?:{ILL}|{IM} (?:gonna|going to)) [^.?!]{0,40}\band (?:then )?(?:decide|make (?:the|a) (?:final )?(?:call|decision))\b
i decide(?<!\b(?:you|u|we|they|let'?s|if|when) i decide) (?:it|this|that)\b
if i like (?:it|them|what)
run (?:it|this|that|them|the [\w-]+(?: [\w-]+)?) (?:past|by) me
{IM} the one (?:signing|deciding|making the call|who (?:decides|signs))
to help me (?:decide|choose|make)
(?:input|views?|opinions?|thoughts|recommendations?) (?:before|so) i
i'?ll see what (?:makes the cut|works best|we go with|i go with)
{IM} (?:finali[sz]ing|signing off) (?:it|this|that|the [\w-]+)
`);

/** Asking for the other's view, which matters when the leader keeps the decision. */
export const INPUT_REQUEST = cues(list`
(?:give me|gimme|i'?d like|i want|i need|i'?d (?:really )?(?:love|value|appreciate)|let me have|send me) (?:your|ur) (?:top \w+ )?(?:view|views|input|thoughts|take|opinion|recommendation|perspective|advice|worries|concerns|ideas|picks|read|feedback)
what (?:would|do) (?:you|u) (?:recommend|suggest|think|advise|propose)
what {YOU}(?:'d| would) (?:recommend|suggest|propose|do)
(?:let me know|tell me) (?:who|what|which|how|where) (?:[\w-]+ )?{YOU} (?:think|reckon|feel)
rank (?:them|these|those|the (?:[\w-]+ )?(?:options|venues|candidates|bids|quotes))
what'?s (?:your|ur) (?:view|take|recommendation|opinion|read)
(?:knowing|hearing|know|hear) what {YOU} think
(?:like|love|want) to hear (?:them|your|what|it)
(?:a )?second (?:pair of eyes|opinion)
(?:want|like|need) to see (?:the|your|some) options
pitch (?:it|this|that|me)
open to being (?:convinced|persuaded)
tell me what (?:you|u) think
(?:send|give|tell|show) me (?:your|ur|what (?:you|u))
tell me which (?:one )?{YOU}(?:'d| would) (?:pick|choose|go for|go with)
bring (?:it|them|that|those|this|the [\w-]+) (?:back )?to me
write me (?:a|an|your) (?:quick |short )?(?:note|summary|line|paragraph|one-pager)
(?:your|ur) (?:honest |best |gut )?(?:read|view|views|ranking|thoughts|input|recommendation|opinion|take|perspective|advice|feedback|comments|observations|suggestions)
your (?:input|view|views|thoughts|take|perspective)
what (?:are|do you see as) the (?:risks|options|pros)
`);

/** Level 2: the leader's decision, argued for. */
export const PERSUASION = cues(list`
because
'?cause
since
trust me
believe me
here'?s why
the reason
you'?ll see why
so (?:let'?s|we)
(?:it'?s|that'?s|is) (?:the )?(?:right|best|smart|safer|better|only|sensible|obvious|wise) (?:call|option|move|choice|thing|way)
(?:it'?s|that'?s|is|are) (?:safer|cheaper|better|riskier|faster|quicker|simpler|easier|smarter|too risky)
the (?:client|customer|team|board) will thank
(?:the )?(?:safer|safest|better|best|smarter|cheaper|surer) bet
{IM} (?:confident|sure|certain|convinced) (?:it|this|that|we)
my way
(?:i know|i get that|i hear that|i understand) (?:you|u)[^.?!]{0,40}\bbut\b
the numbers
the data shows
it makes sense to
as (?:it|that|this) (?:is|will|would)
`);
