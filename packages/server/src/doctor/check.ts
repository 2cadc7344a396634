// One line of `iep doctor`: a plain sentence with how much it matters.
export type CheckLevel = 'ok' | 'warning' | 'problem';

export interface Check {
  level: CheckLevel;
  /** What was looked at: "Database", "File modes", "Key file", ... */
  topic: string;
  message: string;
}

export const ok = (topic: string, message: string): Check => ({ level: 'ok', topic, message });
export const warning = (topic: string, message: string): Check => ({ level: 'warning', topic, message });
export const problem = (topic: string, message: string): Check => ({ level: 'problem', topic, message });
