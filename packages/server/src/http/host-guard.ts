import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { HttpError } from './errors.js';

// DNS rebinding: a web page on another site points its own name at 127.0.0.1 and then talks to the local server
// from the victim's browser as if same-origin. The browser still sends the attacker's name in Host, so the server
// answers only to its own names: the public address's host, the loopback names (any port: the server may listen
// on a random one), the address it listens on, and IEP_ALLOWED_HOSTS. Checked on every request, web app and tus
// included.

export const WRONG_HOST =
  'This app does not answer at this address. Open it at its usual address, or ask the person who runs it to add this one to IEP_ALLOWED_HOSTS.';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

interface HostRule {
  hostname: string;
  /** null: any port. */
  port: string | null;
}

function parseHost(value: string): HostRule | null {
  try {
    const url = new URL(`http://${value.trim()}`);
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
    return { hostname: url.hostname.toLowerCase(), port: url.port === '' ? null : url.port };
  } catch {
    return null;
  }
}

/** The host names (and ports) this server answers to. */
export function allowedHostRules(config: Pick<Config, 'publicUrl' | 'host' | 'allowedHosts'>): HostRule[] {
  const rules: HostRule[] = LOOPBACK.map((hostname) => ({ hostname, port: null }));
  if (config.publicUrl) {
    const url = new URL(config.publicUrl);
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    rules.push({ hostname: url.hostname.toLowerCase(), port });
  }
  if (!['0.0.0.0', '::', ''].includes(config.host)) {
    const listen = parseHost(
      config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host,
    );
    if (listen) rules.push({ hostname: listen.hostname, port: null });
  }
  for (const entry of config.allowedHosts) {
    const rule = parseHost(entry);
    if (rule) rules.push(rule);
  }
  return rules;
}

/** A Host without a port is the scheme's default port; behind a TLS proxy the app sees http, so 80 or 443. */
export function hostAllowed(value: string | undefined, rules: readonly HostRule[]): boolean {
  if (value === undefined || value === '') return false;
  const host = parseHost(value);
  if (!host) return false;
  return rules.some(
    (rule) =>
      rule.hostname === host.hostname &&
      (rule.port === null ||
        rule.port === host.port ||
        (host.port === null && (rule.port === '80' || rule.port === '443'))),
  );
}

/** onRequest hook: 421 for a Host (or, behind a trusted proxy, X-Forwarded-Host) this app does not answer to. */
export function hostGuard(config: Pick<Config, 'publicUrl' | 'host' | 'allowedHosts'>) {
  const rules = allowedHostRules(config);
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const raw = request.headers.host;
    if (!hostAllowed(raw, rules) || (request.host !== raw && !hostAllowed(request.host, rules)))
      throw new HttpError(421, WRONG_HOST);
  };
}
