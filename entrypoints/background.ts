// The background script relays the keyboard shortcut to the active tab's coach and reminds the
// trainer of follow-ups on their date (alarms + notifications). It never sees draft text.
import { createTraineesStore, type Trainee } from '../lib/store/stores.ts';
import { reminderTime } from '../lib/trainees/reminders.ts';

const ALARM_PREFIX = 'followup:';

async function schedule(trainees: Trainee[]): Promise<void> {
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  const wanted = new Map<string, number>();
  for (const t of trainees) {
    const when = reminderTime(t.followUp, new Date());
    if (when !== null) wanted.set(`${ALARM_PREFIX}${t.id}:${t.followUp}`, when);
  }
  for (const a of existing) if (!wanted.has(a.name)) await browser.alarms.clear(a.name);
  for (const [name, when] of wanted) if (!existing.some((a) => a.name === name)) await browser.alarms.create(name, { when });
}

export default defineBackground(() => {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'coach:toggle-panel' }).catch(() => undefined);
  });

  const trainees = createTraineesStore();
  void trainees.loaded.then(() => schedule(trainees.getState().data));
  trainees.subscribe((s, prev) => { if (s.data !== prev.data) void schedule(s.data); });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    const id = alarm.name.slice(ALARM_PREFIX.length).split(':')[0];
    await trainees.loaded;
    const t = trainees.getState().data.find((x) => x.id === id);
    if (!t) return;
    await browser.notifications.create(alarm.name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `Follow up with ${t.name || 'your trainee'}`,
      message: t.note || 'Send suggested posts, or the hashtag of their next conference.',
    });
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(ALARM_PREFIX)) void browser.runtime.openOptionsPage();
  });
});
