/** One `ptype.property=value` of a result, e.g. `header.from=ircc.example`. */
export interface ResultProperty {
  readonly ptype: string;
  readonly property: string;
  readonly value: string;
}

/** One `method=result` with its reason and properties, e.g. `dmarc=pass header.from=ircc.example`. */
export interface MethodResult {
  readonly method: string;
  readonly version?: string;
  readonly result: string;
  readonly reason?: string;
  readonly properties: readonly ResultProperty[];
}

/** An `Authentication-Results` header field's value, as RFC 8601 section 2.2 defines it. */
export interface AuthenticationResults {
  readonly authservId: string;
  readonly version?: string;
  readonly results: readonly MethodResult[];
}

/**
 * Parses an `Authentication-Results` value by RFC 8601's grammar (section 2.2): the authserv-id,
 * then `;`-separated `method[/version]=result [reason=value] ptype.property=value…`, with comments
 * (nested, with quoted-pairs) and folding allowed wherever CFWS is. Comments are never results, and
 * a quoted string is one value whatever it holds (`;`, `=`, parentheses). Names are lower-cased;
 * values are kept as written. Returns `undefined` when the value does not follow the grammar: a
 * field that cannot be read says nothing.
 *
 * Two leniencies, for SES, which writes the `Received-SPF` pairs into its field:
 * `spf=pass (…) client-ip=192.0.2.1; envelope-from=a@b.example; helo=mx.b.example;`. So a
 * property may lack its ptype (`client-ip=…`, kept with ptype `''`), and a result is read as a
 * property value (a token, a quoted string or an address), since `envelope-from` and `helo` come
 * out as results that are not Keywords; readers check results against each method's Keywords.
 */
export function parseAuthenticationResults(value: string): AuthenticationResults | undefined {
  try {
    return new Reader(value).payload();
  } catch (error) {
    if (error instanceof GrammarError) return undefined;
    throw error;
  }
}

class GrammarError extends Error {}

// RFC 2045 token: any US-ASCII CHAR except SPACE, CTLs and tspecials.
const TOKEN_CHAR = /[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]/;
// RFC 5322 atext, plus the dot of a dot-atom: what a local part or domain is made of.
const ATOM_CHAR = /[!#$%&'*+\-/=?^_`{|}~.0-9A-Za-z]/;
// RFC 5321 ldh-str: letters, digits and hyphens, ending in a letter or digit.
const KEYWORD = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const DIGITS = /^[0-9]+$/;

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  payload(): AuthenticationResults {
    this.cfws();
    const authservId = this.value();
    this.cfws();
    const version = this.peekIs(/[0-9]/) ? this.digits() : undefined;
    this.cfws();
    const results: MethodResult[] = [];
    if (this.atEnd()) throw new GrammarError('no result and no "none"');
    while (!this.atEnd()) {
      this.expect(';');
      this.cfws();
      // A trailing semicolon (SES ends its field with one) closes the list.
      if (this.atEnd()) break;
      const word = this.keyword();
      this.cfws();
      if (word.toLowerCase() === 'none' && results.length === 0 && !this.peekIs(/[=/]/)) {
        if (this.peekIs(/;/)) {
          this.at += 1;
          this.cfws();
        }
        if (!this.atEnd()) throw new GrammarError('text after "none"');
        break;
      }
      results.push(this.resinfo(word));
    }
    return { authservId: authservId.toLowerCase(), ...(version && { version }), results };
  }

  private resinfo(method: string): MethodResult {
    let version: string | undefined;
    if (this.peekIs(/\//)) {
      this.at += 1;
      this.cfws();
      version = this.digits();
      this.cfws();
    }
    this.expect('=');
    this.cfws();
    const result = this.pvalue();
    this.cfws();
    let reason: string | undefined;
    const properties: ResultProperty[] = [];
    while (!this.atEnd() && !this.peekIs(/;/)) {
      const name = this.keyword();
      this.cfws();
      if (name.toLowerCase() === 'reason' && properties.length === 0 && reason === undefined && this.peekIs(/=/)) {
        this.at += 1;
        this.cfws();
        reason = this.value();
        this.cfws();
        continue;
      }
      if (this.peekIs(/=/)) {
        // SES's `client-ip=…` after spf's comment: a property without a ptype, which no reader asks for.
        this.at += 1;
        this.cfws();
        properties.push({ ptype: '', property: name.toLowerCase(), value: this.pvalue() });
        this.cfws();
        continue;
      }
      this.expect('.');
      this.cfws();
      const property = this.keyword();
      this.cfws();
      this.expect('=');
      this.cfws();
      properties.push({ ptype: name.toLowerCase(), property: property.toLowerCase(), value: this.pvalue() });
      this.cfws();
    }
    return {
      method: method.toLowerCase(),
      ...(version && { version }),
      result: result.toLowerCase(),
      ...(reason !== undefined && { reason }),
      properties,
    };
  }

  /** pvalue = value / [[local-part] "@"] domain-name: a token, a quoted string, or an address. */
  private pvalue(): string {
    let text = '';
    // SES writes `helo=[192.0.2.1]` for a client that greeted with an address literal.
    if (this.peekIs(/\[/)) return this.domainLiteral();
    if (this.peekIs(/"/)) {
      text = this.quotedString();
      if (!this.peekIs(/@/)) return text;
      text = `"${text.replace(/(["\\])/g, '\\$1')}"`;
    } else {
      text = this.run(ATOM_CHAR);
    }
    if (this.peekIs(/@/)) {
      this.at += 1;
      const domain = this.peekIs(/\[/) ? this.domainLiteral() : this.run(ATOM_CHAR);
      if (!domain) throw new GrammarError('address without a domain');
      return `${text}@${domain}`;
    }
    if (!text) throw new GrammarError('missing value');
    return text;
  }

  /** RFC 2045 value: a token or a quoted string. */
  private value(): string {
    if (this.peekIs(/"/)) return this.quotedString();
    const token = this.run(TOKEN_CHAR);
    if (!token) throw new GrammarError('missing value');
    return token;
  }

  private keyword(): string {
    const word = this.run(/[A-Za-z0-9-]/);
    if (!KEYWORD.test(word)) throw new GrammarError('missing keyword');
    return word;
  }

  private digits(): string {
    const digits = this.run(/[0-9]/);
    if (!DIGITS.test(digits)) throw new GrammarError('missing digits');
    return digits;
  }

  private quotedString(): string {
    this.expect('"');
    let text = '';
    for (;;) {
      if (this.atEnd()) throw new GrammarError('unterminated quoted string');
      const char = this.text[this.at]!;
      this.at += 1;
      if (char === '"') return text;
      if (char === '\\') {
        if (this.atEnd()) throw new GrammarError('unterminated quoted pair');
        text += this.text[this.at];
        this.at += 1;
      } else if (char === '\r' || char === '\n') {
        // Folding inside a quoted string is whitespace (RFC 5322 FWS).
        text += char === '\n' ? ' ' : '';
      } else {
        text += char;
      }
    }
  }

  private domainLiteral(): string {
    const start = this.at;
    this.expect('[');
    while (!this.atEnd() && !this.peekIs(/[\][\\\s]/)) this.at += 1;
    this.expect(']');
    return this.text.slice(start, this.at);
  }

  /** CFWS: whitespace, folding and comments, which nest and may hold quoted pairs. */
  private cfws(): void {
    for (;;) {
      if (this.peekIs(/[ \t\r\n]/)) {
        this.at += 1;
      } else if (this.peekIs(/\(/)) {
        this.comment();
      } else {
        return;
      }
    }
  }

  private comment(): void {
    let depth = 0;
    do {
      if (this.atEnd()) throw new GrammarError('unterminated comment');
      const char = this.text[this.at]!;
      this.at += char === '\\' ? 2 : 1;
      if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
    } while (depth > 0);
  }

  private run(chars: RegExp): string {
    const start = this.at;
    while (!this.atEnd() && chars.test(this.text[this.at]!)) this.at += 1;
    return this.text.slice(start, this.at);
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) throw new GrammarError(`expected "${char}"`);
    this.at += 1;
  }

  private peekIs(chars: RegExp): boolean {
    return !this.atEnd() && chars.test(this.text[this.at]!);
  }

  private atEnd(): boolean {
    return this.at >= this.text.length;
  }
}
