import { basisWords, plainDayDate, type AnswerItem } from '@iep/core';
import type { EventAttributes } from 'ics';

// Reminders of what the school owes, for the plan's calendar export: one all-day event on each item's last day,
// with an alarm that morning, for items still waiting that have a day. The UID is stable per case and item, so a
// new import updates the event; an item answered or late is left out (a late item is the app's to show, with its
// letter). Plain words only: this file leaves the house.

export function answerEvents(items: readonly AnswerItem[], scope: string): EventAttributes[] {
  return items.flatMap((item): EventAttributes[] => {
    if (item.state !== 'waiting' || item.due === null) return [];
    const [y, m, d] = item.due.split('-').map(Number) as [number, number, number];
    const who = item.who ? `${item.who}: ` : '';
    return [
      {
        uid: `${scope}.answer.${item.id}@iep-ready`,
        start: [y, m, d],
        duration: { days: 1 },
        title: `Last day for an answer: ${who}${item.title}`,
        description:
          `An answer is due by ${plainDayDate(item.due)}. If none comes, IEP Ready has the next ` +
          `letter ready.\n\n${basisWords(item)}`.trim(),
        alarms: [{ action: 'display', description: item.title, trigger: { hours: 15, before: true } }],
      },
    ];
  });
}
