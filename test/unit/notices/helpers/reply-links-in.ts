import { type OfficerActionKind, readOfficerAction } from '../../../../functions/domain/officer-action.js';
import type { RenderedNotice } from '../../../../functions/notices/notice-content.js';

/** A mailto: link of a rendered notice, decoded, and the action the pipeline reads from it. */
export interface DecodedReplyLink {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly action: OfficerActionKind | undefined;
}

const HTML_ENTITY = /&#(\d+);/g;

/** Every mailto: link of the notice's HTML, in order, decoded as a mail client would. */
export function replyLinksIn(notice: RenderedNotice): DecodedReplyLink[] {
  return [...notice.html.matchAll(/href="(mailto:[^"]*)"/g)].map((match) => {
    const href = match[1]!.replace(HTML_ENTITY, (_entity, code: string) => String.fromCharCode(Number(code)));
    const [address, query = ''] = href.slice('mailto:'.length).split('?');
    const params = new URLSearchParams(query);
    const subject = params.get('subject') ?? '';
    const body = params.get('body') ?? '';
    return { to: decodeURIComponent(address!), subject, body, action: readOfficerAction(subject, body)?.kind };
  });
}
