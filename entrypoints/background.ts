// The background script relays the keyboard shortcut to the active tab's coach, gives the coach on
// X the advice its page does not compute (clarity, professionalism, readability, hashtags for an
// open panel: lib/engine/advice.ts), and reminds the trainer of follow-ups on their date. It stores nothing of a draft.
//
// `alarms` and `notifications` serve only these reminders, so they are optional permissions, asked
// for on the options page when the first follow-up date is set: until they are granted (or after
// they are withdrawn) `browser.alarms` / `browser.notifications` are missing and nothing is scheduled.
import { advise } from '../lib/engine/index.ts';
import { createTraineesStore, type Trainee } from '../lib/store/stores.ts';
import { answerSettingsMessage, readPolicyAhead } from '../lib/store/coach-answers.ts';
import { isAdviceRequest } from '../lib/x/advice-request.ts';
import { dueFollowUps } from '../lib/trainees/export.ts';
import { reminderMessage, reminderTime } from '../lib/trainees/reminders.ts';

const ALARM_PREFIX = 'followup:';
const NOTIFICATION_ID = 'followups';

const hasReminders = () => Boolean(browser.alarms && browser.notifications);

async function schedule(trainees: Trainee[]): Promise<void> {
  if (!hasReminders()) return;
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  const wanted = new Map<string, number>();
  for (const t of trainees) {
    const when = reminderTime(t.followUp, new Date());
    if (when !== null) wanted.set(`${ALARM_PREFIX}${t.id}:${t.followUp}`, when);
  }
  for (const a of existing) if (!wanted.has(a.name)) await browser.alarms.clear(a.name);
  for (const [name, when] of wanted) if (!existing.some((a) => a.name === name)) await browser.alarms.create(name, { when });
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function listen(trainees: ReturnType<typeof createTraineesStore>): void {
  if (!hasReminders() || listening) return;
  listening = true;
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    await trainees.loaded;
    const due = dueFollowUps(trainees.getState().data, localDate(new Date())).length;
    if (due === 0 || !browser.notifications) return;
    await browser.notifications.create(NOTIFICATION_ID, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), ...reminderMessage(due) });
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === NOTIFICATION_ID) void browser.runtime.openOptionsPage();
  });
}

let listening = false;

export default defineBackground(() => {
  // Only the extension's own content scripts ask: for the advice on a draft (nothing of it is
  // kept), for their settings, and to add a term to a rule's ignore list.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isAdviceRequest(message)) return Promise.resolve(advise(message.text, message.settings, { hashtags: message.hashtags }));
    return answerSettingsMessage(message);
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'coach:toggle-panel' }).catch(() => undefined);
  });

  readPolicyAhead();

  const trainees = createTraineesStore();
  const start = () => {
    listen(trainees);
    void trainees.loaded.then(() => schedule(trainees.getState().data)).catch(() => undefined);
  };
  start();
  trainees.subscribe((s, prev) => { if (s.data !== prev.data) void schedule(s.data).catch(() => undefined); });
  // Granted on the options page while this worker runs: the APIs appear now.
  browser.permissions?.onAdded?.addListener(start);
});
