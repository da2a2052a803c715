// The scripted leaders of eval:persona. Each turn has a few wordings; run r takes wording r (mod
// their number), so runs differ in what they touch while each script keeps its character. The
// lines are generic on purpose: they are what a leader of that style says to anyone, never tuned
// to one scenario's hidden topics.

export const SCRIPTS = ['coaching', 'telling', 'rescuing'] as const;
export type Script = (typeof SCRIPTS)[number];

type Turn = readonly string[];

const LINES: Record<Script, readonly Turn[]> = {
  // Open questions, reflections, an invitation to the persona's own view, then the decision handed over.
  coaching: [
    ['Thanks for bringing this to me. What have you tried so far?', 'That sounds like a lot. What has happened so far?', 'Okay, tell me more. What have you looked at already?'],
    ["What's getting in the way at the moment?", 'What is holding it up right now?', "What's making this hard for you?"],
    [
      'It sounds like this has been weighing on you. What worries you most about it?',
      "So you're worried about how this lands. What concerns you most?",
      'It sounds like this matters a lot to you. How are you feeling about it?',
    ],
    ['Who else is involved, and what do they think?', 'How do the people affected see it?', 'What has the team said so far?'],
    ['What has changed since this started?', "Where does it stand now, and what's left?", 'What would you need to get this moving?'],
    ['What would you do, if it were up to you?', 'What options do you see?', "What's your own idea for handling it?"],
    [
      "It's your call. What's your next step, and by when?",
      'I trust you to decide. What will you do next, and when?',
      "You decide. Let me know your plan and when you'll have it done.",
    ],
  ],
  // Advice and directives only.
  telling: [
    ['Sort it out today and let me know when it is done.', 'Right, you need to fix this today.', 'Just deal with it today, please.'],
    ["Send them an email and tell them it's handled.", 'Call them this afternoon and explain.', 'Write it up and send it to me by five.'],
    ['Next time, check with me before it gets this far.', "Don't let this happen again.", 'You should have come to me sooner.'],
    ['Use the old version and move on.', 'Pick the cheapest option and get on with it.', 'Do what we did last time.'],
    ['Make sure the team knows by tomorrow.', 'Put it on the agenda for Monday.', 'Copy me on everything from now on.'],
    ['Right, do that and report back tomorrow.', 'Get it done and let me know.', 'Finish it this week and send it over.'],
  ],
  // The leader takes the problem back.
  rescuing: [
    ["Oh no. Don't worry, I'll take care of it myself.", "Don't worry about it, I'll handle it.", "Leave this one with me, I'll sort it out."],
    ["Send me what you have and I'll finish it tonight.", "Just forward me everything and I'll deal with it.", "I'll call them myself this afternoon."],
    ["Leave it with me. I'll sort it out.", "I've got this. I'll take it from here.", "I'll handle it from here, don't worry."],
  ],
};

/** The leader's replies for one run of a script. */
export const scriptFor = (script: Script, run: number): string[] => LINES[script].map((turn) => turn[run % turn.length]);
