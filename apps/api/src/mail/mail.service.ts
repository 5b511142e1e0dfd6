import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail through the SMTP server in SMTP_HOST (nodemailer). Without SMTP_HOST nothing is sent and
 * callers show the link to the admin instead. A failed delivery is logged and reported as not sent,
 * never as an error of the operation that wanted to send it.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Netzwerkstatt');
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.MAIL_FROM;
    this.transport = config.SMTP_HOST
      ? nodemailer.createTransport({
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE === 'true',
          // Without SMTP_SECURE the connection is upgraded with STARTTLS when the server offers it.
          auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** True when the SMTP server accepted the message. */
  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.from, ...mail });
      return true;
    } catch (error) {
      this.logger.warn(`E-Mail nicht gesendet / e-mail not sent: ${(error as Error).message}`);
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
