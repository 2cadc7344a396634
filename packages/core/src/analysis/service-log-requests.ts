import type { ServiceLedger } from './service-ledger.js';

// What a records request must ask for when the data check could not tell whether services happened: the service
// logs of each service with no log at all ("no-service-log") or with weeks and minutes the log does not mention
// ("service-log-gaps"). The letters use this list; a service log is a student record, so it is asked for under
// FERPA and IDEA, not the Sunshine Law (missouri-rules.md §16.6).

export interface ServiceLogRequest {
  serviceId: string;
  name: string;
  /** 'no-log': the log has no entries at all; 'gaps': some weeks or minutes are not in it. */
  reason: 'no-log' | 'gaps';
  /** The time the logs are needed for. */
  from: string;
  to: string;
  unknownWeeks: number;
  unknownMinutes: number;
}

/** The services whose logs the parent should ask for, in case order. */
export function serviceLogsToRequest(analysis: { services: readonly ServiceLedger[] }): ServiceLogRequest[] {
  return analysis.services.flatMap((l): ServiceLogRequest[] => {
    if (l.requiredMinutes === 0) return [];
    if (l.logStatus === 'complete') return [];
    return [
      {
        serviceId: l.serviceId,
        name: l.name,
        reason: l.logStatus === 'none' ? 'no-log' : 'gaps',
        from: l.from,
        to: l.to,
        unknownWeeks: l.unknownWeeks,
        unknownMinutes: l.unknownMinutes,
      },
    ];
  });
}

/** The services with no log at all (the "no-service-log" finding). */
export function servicesWithoutLogs(analysis: { services: readonly ServiceLedger[] }): ServiceLogRequest[] {
  return serviceLogsToRequest(analysis).filter((r) => r.reason === 'no-log');
}

/**
 * Whether a service's minutes can go into a compensatory services request: only minutes the log marks missed and
 * that were not made up (owedMinutes). A service with no log, or only unknown weeks, is a question for a records
 * request, never a claim of missed sessions.
 */
export function hasMissedMinutes(l: Pick<ServiceLedger, 'logStatus' | 'owedMinutes'>): boolean {
  return l.logStatus !== 'none' && l.owedMinutes > 0;
}

/** The services a compensatory services request can name (the data check's ledger, in case order). */
export function servicesWithMissedMinutes(analysis: {
  services: readonly ServiceLedger[];
}): { serviceId: string; name: string; owedMinutes: number }[] {
  return analysis.services
    .filter(hasMissedMinutes)
    .map((l) => ({ serviceId: l.serviceId, name: l.name, owedMinutes: l.owedMinutes }));
}
