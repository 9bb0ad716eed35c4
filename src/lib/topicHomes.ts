/**
 * A topic has one home. Payments, logistics, customs and tax, compliance and returns are taught in the operations
 * module; a platform or model lesson keeps what is specific to it and links the lesson that owns the topic.
 * This table names the words that signal each topic, so a test can find a lesson that mentions one without the link.
 *
 * Keep each list short and precise: a signal should only ever mean the topic (so "duty", which in these lessons is
 * always customs duty, but not "return", which also means "come back"). A section heading counts as a signal too,
 * because a "Payments" or "Logistics" section is where a lesson is most tempted to repeat the general teaching.
 */

export interface TopicHome {
  /** What the topic is, for error messages. */
  topic: string;
  /** Entry id of the operations lesson that owns it, in content/lessons/. */
  lesson: string;
  /** Words or headings that mean a lesson touches the topic. */
  signals: readonly RegExp[];
}

/** A Markdown heading (## to ####) whose text contains `words`. */
const heading = (words: string) => new RegExp(`^#{2,4} [^\\n]*\\b(?:${words})\\b`, 'im');

export const topicHomes: readonly TopicHome[] = [
  {
    topic: 'payments and payouts',
    lesson: 'payments-and-payouts',
    signals: [heading('payments?|payouts?'), /\bpayouts?\b/i, /\bchargebacks?\b/i, /\bcurrency conver(?:sion|ter)\b/i, /\bPayoneer\b/, /\bPayPal\b/],
  },
  {
    topic: 'logistics and fulfillment',
    lesson: 'logistics-and-fulfillment',
    signals: [heading('logistics|shipping'), /\bIncoterms\b/, /\boverseas warehouses?\b/i],
  },
  {
    topic: 'customs, duties and taxes',
    lesson: 'customs-duties-and-taxes',
    signals: [/\bIOSS\b/, /\bImport One-Stop Shop\b/i, /\bVAT\b/, /\bde minimis\b/i, /\bdut(?:y|ies)\b/i],
  },
  {
    topic: 'compliance, IP and account health',
    lesson: 'compliance-and-account-health',
    signals: [/\bcounterfeit/i, /\bnotorious[- ]markets?\b/i, /\bVeRO\b/, /\bBrand Registry\b/, /\bGPSR\b/, /\bresponsible (?:person|party)\b/i, /\border defect rate\b/i, /\bBelow Standard\b/],
  },
  {
    topic: 'returns and customer service',
    lesson: 'returns-and-customer-service',
    signals: [/\breturns\b/i, /\breturn (?:polic(?:y|ies)|address|label|window)\b/i, /\breturnless\b/i],
  },
];

/** Whether an MDX body links the lesson with this id, site-absolute ("](/lessons/<id>/" with an optional #anchor). */
export function linksLesson(body: string, lesson: string): boolean {
  return new RegExp(`\\]\\(/lessons/${lesson}/(?:#[^)\\s]*)?\\)`).test(body);
}

export interface MissingTopicLink {
  topic: string;
  lesson: string;
  /** The text that signaled the topic, so an author sees where. */
  found: string;
}

/** Topics that an MDX body mentions without linking their home lesson. */
export function missingTopicLinks(body: string, homes: readonly TopicHome[] = topicHomes): MissingTopicLink[] {
  return homes.flatMap((home) => {
    if (linksLesson(body, home.lesson)) return [];
    const match = home.signals.map((s) => body.match(s)).find(Boolean);
    return match ? [{ topic: home.topic, lesson: home.lesson, found: match[0].trim() }] : [];
  });
}

/** Every Markdown link in a body that points at one of the homes, however written: its text and its target. */
export function homeLinks(body: string, homes: readonly TopicHome[] = topicHomes): { text: string; href: string }[] {
  const ids = homes.map((h) => h.lesson).join('|');
  const link = new RegExp(`\\[([^\\]]*)\\]\\(([^)\\s]*lessons/(?:${ids})\\b[^)\\s]*)\\)`, 'g');
  return [...body.matchAll(link)].map((m) => ({ text: m[1]!, href: m[2]! }));
}

/** Link texts that say nothing about where they lead: a link to a topic's home says what the learner will find. */
export const vagueLinkText = /^(?:here|this|this lesson|that lesson|the lesson|click here|more|see more|read more|link)$/i;
