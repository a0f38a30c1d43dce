/** SES stores at most 40 MB per message; anything larger was not put there by SES. */
export const DEFAULT_MAX_MESSAGE_BYTES = 40 * 1024 * 1024;
