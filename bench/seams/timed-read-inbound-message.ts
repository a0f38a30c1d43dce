import { readInboundMessage as untimed } from '../../functions/mime/read-inbound-message.js';
import { timeStage } from '../measure/stage-clock.js';

export * from '../../functions/mime/read-inbound-message.js';

/** The handler's MIME parsing (mailparser, forwards opened), timed as the `mime` stage. */
export const readInboundMessage: typeof untimed = (...args) => timeStage('mime', () => untimed(...args));
