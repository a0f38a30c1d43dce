import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { SmtpEnvelope } from './ses-verdicts.js';

interface SmtpError extends Error {
  responseCode?: number;
}

/**
 * An SMTP server on loopback playing SES receiving: it accepts any sender and recipient, refuses
 * what SES refuses (over the size limit), and hands each message to `receive`, answering with the
 * stored message's key as SES answers with its message id.
 */
export async function startSesReceivingSmtpServer(options: {
  port: number;
  maxMessageBytes: number;
  receive: (raw: Buffer, envelope: SmtpEnvelope) => Promise<{ messageKey: string }>;
}) {
  const server = new SMTPServer({
    name: 'inbound-smtp.local.jas-intake',
    banner: 'jas-intake local SES receiving',
    authOptional: true,
    // smtp-server's built-in certificate has expired, and loopback needs no TLS.
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: options.maxMessageBytes,
    logger: false,
    onData(
      stream: SMTPServerDataStream,
      session: SMTPServerSession,
      callback: (error?: Error | null, message?: string) => void,
    ) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const error: SmtpError = new Error(`Message exceeds the ${options.maxMessageBytes} byte limit`);
          error.responseCode = 552;
          callback(error);
          return;
        }
        const envelope: SmtpEnvelope = {
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
          clientAddress: session.remoteAddress,
          helo: session.hostNameAppearsAs || session.remoteAddress,
        };
        options.receive(Buffer.concat(chunks), envelope).then(
          ({ messageKey }) => callback(null, `Ok ${messageKey}`),
          (cause: unknown) => {
            const error: SmtpError = new Error('Temporary failure storing the message', { cause });
            error.responseCode = 451;
            callback(error);
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
