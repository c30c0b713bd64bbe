// The background script only relays the keyboard shortcut to the active tab's coach.
export default defineBackground(() => {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'coach:toggle-panel' }).catch(() => undefined);
  });
});
