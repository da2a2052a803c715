import type { SpeakingStyle } from '../scenario/schema';

// Stock wording for the offline persona, by reaction and speaking style. Scenario files may add
// their own lines (general, feelings, relief, tangents); these stand in where they do not.
// Every entry is a whole sentence, so lead-ins can be put in front of any scenario text.

export type Bank = { default: readonly string[] } & Partial<Record<SpeakingStyle, readonly string[]>>;

export const bankFor = (bank: Bank, style: SpeakingStyle): readonly string[] => bank[style] ?? bank.default;

/** Said before a hidden fact the leader asked about. An empty string means no lead-in. */
export const REVEAL_LEAD: Bank = {
  default: ['', 'Well.', 'Actually, yes.', 'Okay, so.', 'Good question, actually.'],
  reserved: ['', '', 'Hm.', 'Yes.'],
  verbose: ['Oh, well, where do I start.', 'Okay, so, this is the thing.', 'Right, so, funny you should ask.'],
  upset: ['Honestly?', 'God. Okay.', 'I keep thinking about this.'],
  'people-pleasing': ['Oh, great question!', 'Ooh, yes, so.', 'Happy to tell you!'],
  defensive: ['Look.', 'Since you ask.', 'For the record.'],
};

/** A reflection landed on something the persona had been holding back. */
export const REFLECTED_LEAD: Bank = {
  default: ['Yes, exactly.', "That's it, really.", 'Yeah. And there is more to it.'],
  reserved: ['Yes.', 'Pretty much.'],
  verbose: ["Yes! That's exactly it. Now that you put it like that, yes.", 'Yes, that is it, you have hit the nail on the head there.'],
  upset: ['Yeah. Yeah, that is it.', 'Yes. Sorry. That is exactly it.'],
  'people-pleasing': ['Oh, yes, totally!', "Yes, that's so true."],
  defensive: ['Well, yes.', "Fine, yes, that's part of it."],
};

/** A reflection opened the persona up enough to volunteer something nobody asked about yet. */
export const VOLUNTEER_LEAD: Bank = {
  default: ["There's something I haven't said.", 'Can I tell you something?', 'If I am honest, there is more.'],
  reserved: ['There is something else.', 'Also.'],
  verbose: ["And you know what, there's something I haven't mentioned.", 'And while we are being honest, there is something else.'],
  upset: ["There's something else, actually.", "Okay. I haven't told anyone this."],
  'people-pleasing': ["Oh, and I probably should have said this earlier, sorry!"],
  defensive: ["Fine. Since we're being straight.", "All right. There's something else."],
};

export const FEELINGS: Bank = {
  default: ["Yeah. That's pretty much it.", "Yes. It's been weighing on me, to be honest.", "Mm. It's more than I've let on."],
  reserved: ['Yes.', 'Maybe. A bit.'],
  upset: ["Yeah. Sorry. It's just a lot.", 'Yes. I feel awful about it.'],
  defensive: ['I suppose so.', 'Maybe. A bit.'],
};

export const IDEA_LEAD: Bank = {
  default: ['Well, since you ask.', "I've been thinking about that, actually.", 'Honestly?'],
  reserved: ['', 'Since you ask.'],
  verbose: ["Oh, I'm so glad you asked, I've been turning this over for days."],
  upset: ['I... okay. I did have one thought.', 'Maybe this is silly, but.'],
  'people-pleasing': ['Oh! Well, only if you think it makes sense, but.', 'I mean, I had a little idea?'],
  defensive: ["Actually, I've thought about this a lot.", 'Funny you should ask, because I do have a plan.'],
};

export const COMMIT_LEAD: Bank = {
  default: ['Okay.', 'Right, okay. That helps.', 'Okay, thanks.'],
  reserved: ['Okay.', 'Good.'],
  verbose: ['Oh, right, well, in that case, yes.', 'Okay, yes, good, I like that.'],
  upset: ['Okay. Okay, I can do that.', 'Right. Thank you. Okay.'],
  'people-pleasing': ['Oh! Okay, wow, thank you!', 'Okay, great!'],
  defensive: ['Right. Good.', 'Fine. Good.'],
};

export const IDEA_COMMIT_BRIDGE = ["Then I'll go with what I said.", "I'll go with my idea, then."];

export const GENERAL: Bank = {
  default: ["I don't know. It's just a lot right now.", "It's hard to say, really.", "I mean, it's complicated."],
  reserved: ['Not sure.', 'Hard to say.'],
};

export const GUARDED: Bank = {
  default: ['I don\'t know. Does it matter now?', 'Why do you ask?', "I'm not sure it's worth going into."],
  reserved: ['Not sure.', 'Does it matter?'],
  upset: ["I don't really want to get into it.", "I don't know anymore."],
  'people-pleasing': ["Oh, it's fine, really. Whatever you think."],
  defensive: ["Why, so you can tell me what I did wrong?", "Does it matter? You've decided anyway."],
};

export const SHORT: Bank = {
  default: ['Sort of, yes.', 'Partly.', 'Yes and no, really.', 'More or less.'],
  reserved: ['Partly.', 'Sort of.', 'Mm.'],
  verbose: ['Well, yes and no, it depends how you look at it.'],
  upset: ['I... sort of? I don\'t know.', 'Kind of.'],
  'people-pleasing': ['Yes! Well, mostly.', 'Oh, yes, definitely.'],
  defensive: ['More or less. Yes.', 'Yes. Obviously.'],
};

/** Added after a short answer when the question brushed a hidden topic: there is more to ask. */
export const SHORT_NEAR_HINT: Bank = {
  default: ["It's a bit more complicated than that.", "There's more to it, though."],
  reserved: [''],
  'people-pleasing': ["Well, it's a bit more complicated, but it's fine!"],
};

export const COMPLY: Bank = {
  default: ['Okay, I can do that.', "Sure, if you think that's best.", 'Right. Okay.'],
  reserved: ['Okay.', 'Sure.', 'Fine.'],
  verbose: ["Okay, yes, I suppose we could do that. I'd have to look at it, but okay."],
  upset: ['Okay. Okay, if you think so.', 'Right. Sorry. Yes.'],
  'people-pleasing': ["Yes, absolutely, that's a great idea!", "Of course! I'll do exactly that.", 'Oh, totally, yes!'],
  defensive: ['I had thought of that, you know. But fine.', 'Okay. I was going to do that anyway.'],
};

export const CURT: Bank = {
  default: ['Fine.', 'Whatever you think.', 'Okay. Anything else?'],
  reserved: ['Fine.', 'Okay.'],
  verbose: ['Right. Fine.', 'Okay.'],
  upset: ['Fine. Okay.', 'Whatever you want.'],
  'people-pleasing': ['Sure. Whatever you think is best.', 'Yep. Will do.'],
  defensive: ['Fine. Your call, apparently.', "Sure. You've decided, then."],
};

export const RELIEF: Bank = {
  default: ["Oh, thanks. That's a weight off.", "Okay, great. I'll leave it with you, then."],
  'people-pleasing': ['Oh, thank you so much!', "That's so kind, thank you!"],
  defensive: ["Fine. It's yours, then.", 'Right. If you want it.'],
  reserved: ['Okay. Thanks.'],
};

export const WARM: Bank = {
  default: ['Thanks. That helps, actually.', 'Oh. Thank you, I appreciate that.'],
  reserved: ['Thanks.'],
  upset: ['Thanks. I needed to hear that.'],
  'people-pleasing': ['Aw, thank you!', 'Oh, that means a lot!'],
  defensive: ['Well. Thanks.', 'Okay. Thanks for saying so.'],
};

export const PROMPT: Bank = {
  default: ['So... what should I do?', 'Sorry, go on?', "Okay. So where does that leave me?"],
  reserved: ['Okay.', '...'],
  upset: ['So what do I do?'],
  'people-pleasing': ['Sure! So what would you like me to do?'],
  defensive: ['Okay. Is that it?'],
};

export const TANGENTS = [
  "Sorry, I'm going off on one.",
  'Anyway. Where was I?',
  'Which reminds me, the coffee machine is broken again, not that that matters.',
];
