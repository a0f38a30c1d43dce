import { LogFormatter, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';

// Attribute names that hold personal information wherever they appear in a log entry.
const PERSONAL_KEYS =
  /^(uci|name|names|clientName|familyName|givenNames|dateOfBirth|birthDate|email|from|to|cc|subject|body|text|html|phone|needsDescription|values|data)$/i;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
// A UCI is 8 or 10 digits, often written with separators (0000-0000, 00-0000-0000).
const UCI_LIKE = /\b\d(?:[\s-]?\d){7}(?:(?:[\s-]?\d){2})?\b/g;
// Calendar dates (birth, arrival) but not ISO timestamps, which carry a `T`.
const CALENDAR_DATE = /\b\d{4}-\d{2}-\d{2}\b(?!T)/g;
const MAX_DEPTH = 8;

/**
 * Powertools' standard keys, with personal information removed. Powertools Logger has no redaction
 * of its own; the pipeline logs no personal data on purpose, and this catches what slips through.
 */
export class RedactingLogFormatter extends LogFormatter {
  override formatAttributes(attributes: UnformattedAttributes, additionalLogAttributes: LogAttributes): LogItem {
    const context = attributes.lambdaContext;
    const standard: LogAttributes = {
      level: attributes.logLevel,
      message: attributes.message,
      timestamp: this.formatTimestamp(attributes.timestamp),
      service: attributes.serviceName,
      cold_start: context?.coldStart,
      function_name: context?.functionName,
      function_request_id: context?.awsRequestId,
      xray_trace_id: attributes.xRayTraceId,
    };
    return new LogItem({ attributes: redact({ ...standard, ...additionalLogAttributes }) as LogAttributes });
  }
}

/** Removes personal information from any log value. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Error)
    return { name: value.name, message: redactText(value.message), code: (value as { code?: unknown }).code };
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, PERSONAL_KEYS.test(key) ? '[redacted]' : redact(item, depth + 1)]),
  );
}

function redactText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(CALENDAR_DATE, '[date]').replace(UCI_LIKE, '[number]');
}
