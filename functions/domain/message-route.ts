import type { InboundMessage } from '../mime/inbound-message.js';
import type { Directory } from './directory.js';

export type MessageRoute = 'intake' | 'urgent-protection';

// Subjects are retyped and rewritten by mail clients: compare without accents, case or apostrophe style.
function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Which route the directory's rules give a message: a rule matches a subject phrase or a recipient. */
export function routeOf(message: InboundMessage, directory: Directory): MessageRoute {
  const subject = comparable(message.subject);
  for (const rule of directory.routing.rules) {
    if ('subjectContains' in rule && subject.includes(comparable(rule.subjectContains))) return rule.route;
    if ('recipient' in rule && message.recipients.includes(rule.recipient)) return rule.route;
  }
  return 'intake';
}
