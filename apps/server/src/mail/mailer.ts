import { createTransport, type Transporter } from 'nodemailer';
import type { Config } from '../config';

/** One outgoing plain-text message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail. Implementations never throw for delivery problems the caller cannot fix; they log them. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** SMTP through nodemailer (`OPENCLR_SMTP_URL`, e.g. `smtp://user:pass@smtp.example.edu:587`). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }
}

/**
 * Without SMTP: in development the message (with its links) goes to the log so that a reset can still be finished;
 * in production only the fact that nothing was sent is logged, because logs must not hold live reset links.
 */
export class LogMailer implements Mailer {
  constructor(private readonly revealContent: boolean) {}

  async send(message: MailMessage): Promise<void> {
    if (this.revealContent) console.info(`[mail] (OPENCLR_SMTP_URL not set) to ${message.to}: ${message.subject}\n${message.text}`);
    else console.warn(`[mail] not sent to ${message.to} (${message.subject}): OPENCLR_SMTP_URL is not set`);
  }
}

/**
 * The mailer for this process: SMTP when `OPENCLR_SMTP_URL` is set (sender `OPENCLR_MAIL_FROM`, by default
 * `OpenCLR <no-reply@<public host>>`), otherwise the log.
 */
export function createMailer(config: Pick<Config, 'publicUrl'>, env: NodeJS.ProcessEnv = process.env): Mailer {
  const from = env.OPENCLR_MAIL_FROM || `OpenCLR <no-reply@${new URL(config.publicUrl).hostname}>`;
  return env.OPENCLR_SMTP_URL ? new SmtpMailer(env.OPENCLR_SMTP_URL, from) : new LogMailer(env.NODE_ENV !== 'production');
}
